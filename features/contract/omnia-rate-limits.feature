@contract @omnia @OMN-RATE-001
Feature: Omnia tells every caller how much of its rate limit is left
  Omnia allows 1000 requests an hour per key and says so on every authenticated response:
  `X-RateLimit-Limit`, `X-RateLimit-Remaining` (never more than the limit) and `X-RateLimit-Reset`
  (the Unix time the window ends, in the future).

  Scenario Outline: <operation> carries the rate-limit headers
    When the operation "<operation>" is called with a valid request
    Then the response carries Omnia's rate-limit headers

    Examples:
      | operation           |
      | createTelephonyCall |
      | createInlineCall    |
      | listCallLogs        |
      | listAgents          |
      | listVoices          |
      | listLanguages       |

  @emulator-only
  Scenario: a request over the limit still says when the window resets
    When the operation "listAgents" is called over the rate limit
    Then the response is 429
    And the response carries Omnia's rate-limit headers
