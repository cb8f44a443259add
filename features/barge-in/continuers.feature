@barge-in @TURN-021 @TURN-013
Feature: A continuer shorter than the confirm window does not cut the agent
  With hold-and-confirm barge-in, "yes" or "right" while the agent talks is a continuer: the
  agent keeps talking, and (being shorter than the minimum speech) it is no turn either. A
  caller who keeps talking past the window does cut it.

  Scenario Outline: "<clip>" during the reply does not interrupt (<transport>)
    Given an agent with 600 ms hold-and-confirm barge-in that lets the caller speak first
    And a caller on <transport>
    When the caller says "utterance-soft-cushion"
    And the caller says "<clip>" 1000 ms into the agent's reply
    Then the agent keeps talking through the caller's "<clip>"

    @omnia @twilio
    Examples:
      | clip              | transport |
      | backchannel-yes   | Twilio    |
      | backchannel-right | Twilio    |
      | word-poison       | Twilio    |

    @everruns @webrtc
    Examples:
      | clip            | transport |
      | backchannel-yes | WebRTC    |

  @omnia @twilio
  Scenario: talking past the confirm window cuts the agent
    Given an agent with 600 ms hold-and-confirm barge-in that lets the caller speak first
    And a caller on Twilio
    When the caller says "utterance-soft-cushion"
    And the caller says "utterance-twentieth-time" 1000 ms into the agent's reply
    Then the agent's audio stops 600 ms after the caller started speaking
