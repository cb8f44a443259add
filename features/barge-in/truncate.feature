@barge-in @openai @webrtc @OAI-CALL-001 @RUN-056 @RUN-063
Feature: A controller truncates the agent's reply at what the caller heard
  A server-side controller on an OpenAI Realtime call's sideband tells the model how much of
  its reply the caller heard, with conversation.item.truncate and a position in ms. The model
  accepts a position within the audio it generated for the reply and confirms it; a position
  beyond that audio is refused with an error, so the conversation never claims the caller
  heard words that were never sent.

  Scenario: a truncate at what the caller heard is confirmed
    Given an agent that lets the caller speak first and waits for 500 ms of trailing silence
    And a caller on OpenAI WebRTC offering opus
    And a controller on the call's realtime sideband
    When the caller says "utterance-soft-cushion"
    And the caller has heard 1000 ms of the agent's reply
    And the controller truncates the reply at what the caller heard
    Then the sideband confirms the truncation at that position

  Scenario: a truncate beyond the audio the agent generated is refused
    Given an agent that lets the caller speak first and waits for 500 ms of trailing silence
    And a caller on OpenAI WebRTC offering opus
    And a controller on the call's realtime sideband
    When the caller says "utterance-soft-cushion"
    And the caller has heard 1000 ms of the agent's reply
    And the controller truncates the reply 60000 ms in
    Then the sideband refuses the truncation with "invalid_value"
