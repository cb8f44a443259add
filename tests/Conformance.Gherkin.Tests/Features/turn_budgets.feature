@sample
Feature: Turn budgets
  The sample suite the Gherkin adapter runs as xunit tests: a background with a data table,
  an outline with tagged examples, and a doc string.

  Background:
    Given the turn budgets are:
      | phase    | budget ms |
      | greeting | 1200      |
      | reply    | 800       |

  Scenario Outline: a reply is judged against its budget
    Given the agent replied after <latency> ms
    When the reply is judged against the "reply" budget
    Then the verdict is "<verdict>"

    Examples: within budget
      | latency | verdict |
      | 250     | pass    |
      | 800     | pass    |

    @late
    Examples: over budget
      | latency | verdict |
      | 801     | fail    |

  Scenario: the greeting has its own budget
    Given the agent replied after 1100 ms
    When the reply is judged against the "greeting" budget
    Then the verdict is "pass"

  Scenario: a transcript arrives as a doc string
    Given the caller said:
      """text/plain
      Hello, I would like to book a table for two.
      """
    Then the transcript has 10 words
    And the transcript's media type is "text/plain"
