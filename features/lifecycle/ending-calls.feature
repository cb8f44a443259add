@lifecycle
Feature: Ending calls
  Every surface can end a call from its API, and the caller's side sees it end; a caller who
  hangs up ends the call on the surface.

  @omnia @twilio @OMN-WS-004 @OMN-LOG-003
  Scenario: the caller hangs up a Twilio stream
    Given an agent that greets the caller
    And a caller on Twilio
    When the caller hangs up
    Then the call's record says it has ended

  @everruns @webrtc @EVR-END-001
  Scenario: ending an Everruns voice connection stops its media
    Given an agent that greets the caller
    And a caller on WebRTC
    When the greeting has started
    And the voice connection is ended through the Everruns API
    Then the response is 200 with status "ended"
    And the caller hears no more of the agent

  @openai @webrtc @OAI-CALL-004
  Scenario: hanging up an OpenAI Realtime call stops its media
    Given an agent that greets the caller
    And a caller on OpenAI WebRTC
    When the greeting has started
    And the call is hung up through the OpenAI API
    Then the response is 200
    And the caller hears no more of the agent

  @clutchcall @generic-ws @CLU-CALL-007
  Scenario: hanging up a ClutchCall call closes the callee's leg
    Given an agent that greets the caller
    And a caller on a ClutchCall call
    When the greeting has started
    And the call is hung up through the ClutchCall API
    Then the callee's leg is closed
    And the ClutchCall call's status is "completed"

  @voiceai @VAI-END-001 @VAI-END-002
  Scenario: a Voice.ai call ended with its end token reports its cost
    Given a Voice.ai call from the connection details
    When the call is ended with its end token
    Then the response is 200 with status "ended"
    And the response matches the contract
