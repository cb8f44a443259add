@lifecycle @omnia @twilio @TURN-050 @TURN-051
Feature: Inactivity
  With Omnia's `inactivityTimeout`, a call where nobody speaks for that long gets the
  `inactivityAction`: `prompt` checks in ("Are you still there?") and keeps waiting; `hang_up`
  says goodbye and ends the call. The timer starts when the agent's last audio ends.

  Scenario: a silent caller is prompted after the inactivity timeout
    Given an Omnia call with a 10 second inactivity timeout that prompts
    And a caller on Twilio
    When the greeting has finished
    Then the agent checks in 10 seconds after its greeting ended
    And the call is still up

  Scenario: a silent caller is hung up on after the inactivity timeout
    Given an Omnia call with a 10 second inactivity timeout that hangs up
    And a caller on Twilio
    When the greeting has finished
    Then the agent says goodbye 10 seconds after its greeting ended
    And the agent ends the call after its goodbye
