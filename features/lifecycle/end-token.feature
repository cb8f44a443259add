@lifecycle @voiceai @VAI-END-003
Feature: A Voice.ai end token ends only its own call
  The `end_token` of the connection details is scoped to its call: the browser can end its own
  call with it, but not anyone else's.

  Scenario: an end token cannot end another call
    Given two Voice.ai calls from the connection details
    When the second call is ended with the first call's end token
    Then the response is 403
    And the response matches the contract
    When the first call is ended with its end token
    Then the response is 200 with status "ended"
