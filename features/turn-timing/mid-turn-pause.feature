@turn-timing @TURN-004
Feature: A pause shorter than the trailing-silence threshold does not end the turn
  A caller who pauses between two sentences for less than the agent's threshold is still
  talking: the agent answers once, after the second sentence.

  Scenario Outline: a <pause> pause with a <silence> ms threshold is one turn (<transport>)
    Given an agent that lets the caller speak first and waits for <silence> ms of trailing silence
    And a caller on <transport>
    When the caller says "<clip>"
    Then the agent stays silent until the caller has finished
    And the agent starts answering <silence> ms plus its thinking time after the caller stopped

    @omnia @twilio
    Examples:
      | clip                      | pause  | silence | transport |
      | two-sentences-pause-340ms | 340 ms | 500     | Twilio    |
      | two-sentences-pause-700ms | 700 ms | 800     | Twilio    |

    @omnia @generic-ws
    Examples:
      | clip                      | pause  | silence | transport        |
      | two-sentences-pause-340ms | 340 ms | 500     | a generic socket |

    @everruns @webrtc
    Examples:
      | clip                      | pause  | silence | transport |
      | two-sentences-pause-700ms | 700 ms | 800     | WebRTC    |
