Feature: An undefined step
  Run only by the adapter tests (through a PickleTestCase), never discovered as a test itself.

  Scenario: the step is not defined
    Given the agent replied after 250 ms
    When the caller hangs up after "3" seconds
    Then the verdict is "pass"
