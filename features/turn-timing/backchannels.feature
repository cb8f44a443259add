@turn-timing @TURN-013
Feature: Backchannels do not take the turn
  Speech shorter than the agent's minimum (600 ms by default) is a backchannel — "yes",
  "right", a single word — and never commits a turn: the agent stays silent. A real sentence
  afterwards is answered as usual, so the silence is not a dead agent.

  Scenario Outline: "<clip>" from a <transport> caller is not answered
    Given an agent that lets the caller speak first and waits for 500 ms of trailing silence
    And a caller on <transport>
    When the caller says "<clip>"
    Then the agent stays silent for 2 seconds after the caller stopped
    When the caller says "utterance-soft-cushion"
    Then the agent starts answering 500 ms plus its thinking time after the caller stopped

    @omnia @twilio
    Examples:
      | clip              | transport |
      | backchannel-yes   | Twilio    |
      | backchannel-right | Twilio    |
      | word-poison       | Twilio    |
      | word-etc          | Twilio    |

    @everruns @webrtc
    Examples:
      | clip            | transport |
      | backchannel-yes | WebRTC    |
