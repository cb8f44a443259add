@turn-timing @TURN-004 @TURN-010 @TURN-060
Feature: The agent answers after the caller's trailing silence
  An agent may not take the turn until the caller has been silent for its trailing-silence
  threshold; then it answers after its thinking time. Measured at the caller's ear, from the
  caller's last voiced sample (the recording's ground truth, at the time it was sent) to the
  first audible sample of the reply as the caller's phone played it out.

  Scenario Outline: <silence> ms of trailing silence, caller on <transport>
    Given an agent that lets the caller speak first and waits for <silence> ms of trailing silence
    And a caller on <transport>
    When the caller says "utterance-soft-cushion"
    Then the agent starts answering <silence> ms plus its thinking time after the caller stopped

    @omnia @twilio @TWL-007
    Examples: Twilio Media Streams
      | transport | silence |
      | Twilio    | 300     |
      | Twilio    | 500     |
      | Twilio    | 800     |

    @omnia @telnyx
    Examples: Telnyx media streaming
      | transport | silence |
      | Telnyx    | 300     |
      | Telnyx    | 500     |
      | Telnyx    | 800     |

    @omnia @plivo
    Examples: Plivo audio streams
      | transport | silence |
      | Plivo     | 300     |
      | Plivo     | 500     |
      | Plivo     | 800     |

    @omnia @generic-ws @GEN-001
    Examples: the generic WebSocket at 16 kHz
      | transport         | silence |
      | a generic socket  | 300     |
      | a generic socket  | 500     |
      | a generic socket  | 800     |

    @clutchcall @generic-ws
    Examples: a ClutchCall call to the harness's callee
      | transport         | silence |
      | a ClutchCall call | 300     |
      | a ClutchCall call | 500     |
      | a ClutchCall call | 800     |

    @everruns @webrtc
    Examples: WebRTC from our own offerer
      | transport | silence |
      | WebRTC    | 300     |
      | WebRTC    | 500     |
      | WebRTC    | 800     |

    @everruns @browser
    Examples: WebRTC from Chromium
      | transport   | silence |
      | the browser | 500     |
