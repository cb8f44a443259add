@barge-in @TURN-030 @TURN-031
Feature: A guarded microphone is not barged into
  An agent whose microphone is guarded while it speaks (and for a moment after) hears nothing
  of the caller in that window: speech that starts over the agent's audio neither cuts it nor
  starts a turn. Agents without echo cancellation turn this on so their own voice, coming back
  down the line, does not interrupt them.

  @omnia @twilio
  Scenario: the caller talking over a guarded agent does not cut it
    Given an agent with instant barge-in behind a 300 ms mic guard that lets the caller speak first
    And a caller on Twilio
    When the caller says "utterance-soft-cushion"
    And the caller says "word-poison" 1000 ms into the agent's reply
    Then the agent keeps talking through the caller's "word-poison"
