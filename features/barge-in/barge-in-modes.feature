@barge-in @TURN-020 @TURN-021 @TURN-023
Feature: The caller can interrupt the agent
  When the caller starts speaking while the agent talks, an agent with instant barge-in stops
  at the caller's first voiced frame; one with hold-and-confirm stops once the caller has kept
  talking for its confirm window. On a media stream the agent also tells the provider to drop
  what it has queued, so the caller stops hearing it at once. Measured at the caller's ear:
  when the agent's audio stopped, when the clear arrived, how much agent audio the caller heard
  while speaking.

  Scenario Outline: <mode> barge-in over <transport>
    Given an agent with <mode> barge-in that lets the caller speak first
    And a caller on <transport>
    When the caller says "utterance-soft-cushion"
    And the caller says "utterance-twentieth-time" 1000 ms into the agent's reply
    Then the agent's audio stops <stop> ms after the caller started speaking
    And the caller hears at most <leak> ms of the agent while speaking

    @omnia @twilio @TWL-007 @PLAY-003
    Examples: Twilio Media Streams
      | mode                       | transport | stop | leak |
      | instant                    | Twilio    | 20   | 20   |
      | 300 ms hold-and-confirm    | Twilio    | 300  | 300  |

    @omnia @telnyx
    Examples: Telnyx media streaming
      | mode                       | transport | stop | leak |
      | instant                    | Telnyx    | 20   | 20   |
      | 300 ms hold-and-confirm    | Telnyx    | 300  | 300  |

    @omnia @plivo @PLV-007
    Examples: Plivo audio streams
      | mode                       | transport | stop | leak |
      | instant                    | Plivo     | 20   | 20   |
      | 300 ms hold-and-confirm    | Plivo     | 300  | 300  |

    @omnia @generic-ws
    Examples: the generic WebSocket
      | mode                       | transport        | stop | leak |
      | instant                    | a generic socket | 20   | 20   |
      | 300 ms hold-and-confirm    | a generic socket | 300  | 300  |

    @everruns @webrtc
    Examples: WebRTC
      | mode                       | transport | stop | leak |
      | instant                    | WebRTC    | 20   | 20   |
      | 300 ms hold-and-confirm    | WebRTC    | 300  | 300  |

  @omnia @twilio @TWL-007
  Scenario: a clear on a media stream arrives with the cut
    Given an agent with instant barge-in that lets the caller speak first
    And a caller on Twilio
    When the caller says "utterance-soft-cushion"
    And the caller says "utterance-twentieth-time" 1000 ms into the agent's reply
    Then the clear arrives within 60 ms of the caller starting to speak
