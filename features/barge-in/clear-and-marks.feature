@barge-in @PLAY-002 @PLAY-003 @MARK-001 @MARK-002
Feature: Clears and marks keep the agent's idea of what was heard honest
  On Twilio and Telnyx the agent places marks after its audio; the provider echoes each one when
  its audio has played, and echoes the rest at once on a clear (Plivo discards pending
  checkpoints instead). An echo caused by a clear does not mean the audio was heard: after a
  barge-in the played position the agent records — what a truncate would carry — must be what
  the caller actually heard, not what was sent or flushed.

  @emulator-only @TURN-024
  Scenario Outline: the played position at a cut is what the caller heard (<transport>)
    Given an agent with instant barge-in that lets the caller speak first
    And a caller on <transport>
    When the caller says "utterance-soft-cushion"
    And the caller says "utterance-twentieth-time" 1500 ms into the agent's reply
    Then the played position the agent recorded for its cut reply is what the caller heard

    @omnia @twilio
    Examples:
      | transport |
      | Twilio    |

    @omnia @telnyx
    Examples:
      | transport |
      | Telnyx    |

    @omnia @plivo
    Examples:
      | transport |
      | Plivo     |

    @everruns @webrtc
    Examples:
      | transport |
      | WebRTC    |

  @omnia @twilio @TWL-002
  Scenario: the agent marks its audio and stops sending after a clear
    Given an agent with instant barge-in that lets the caller speak first
    And a caller on Twilio
    When the caller says "utterance-soft-cushion"
    And the caller says "utterance-twentieth-time" 1000 ms into the agent's reply
    Then the agent placed marks after its audio
    And the agent sent none of the cut reply's audio after its clear
    And every message the agent sent was valid Twilio

  @omnia @plivo @PLV-004 @PLV-007
  Scenario: a Plivo clear is acknowledged and its pending checkpoints are dropped
    Given an agent with instant barge-in that lets the caller speak first
    And a caller on Plivo
    When the caller says "utterance-soft-cushion"
    And the caller says "utterance-twentieth-time" 1000 ms into the agent's reply
    Then the agent placed marks after its audio
    And the agent sent none of the cut reply's audio after its clear
    And every message the agent sent was valid Plivo
