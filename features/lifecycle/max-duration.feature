@lifecycle @omnia @twilio @TURN-052 @slow
Feature: Maximum call duration
  Omnia's `maxDuration` is a hard cap: the call ends when it is reached, whatever is playing.

  Scenario: the call ends at its maximum duration
    Given an Omnia call with a maximum duration of 60 seconds
    And a caller on Twilio
    Then the agent ends the call 60 seconds after the media started
    And the call's record says it has ended
