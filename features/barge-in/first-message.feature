@barge-in @omnia @TURN-025 @TURN-022
Feature: Omnia's non-interruptible first message
  Omnia's `interruptible: false` applies to the agent's first message only: the caller cannot
  talk over the greeting (it plays to the end and what the caller said is not a turn), but
  every later message can be interrupted as usual.

  @twilio
  Scenario: the caller cannot interrupt the greeting
    Given an Omnia call whose first message is not interruptible
    And a caller on Twilio
    When the caller says "utterance-twentieth-time" 500 ms into the agent's greeting
    Then the greeting plays to its end
    And no clear was sent
    And the agent does not answer what was said over the greeting

  @twilio
  Scenario: the reply after the greeting can be interrupted
    Given an Omnia call whose first message is not interruptible
    And a caller on Twilio
    When the greeting has finished
    And the caller says "utterance-soft-cushion"
    And the caller says "utterance-twentieth-time" 1000 ms into the agent's reply
    Then the agent's audio stops 300 ms after the caller started speaking
