@codec @webrtc @EVR-CALL-001 @RUN-052
Feature: WebRTC codec negotiation
  The agent answers a WebRTC offer with a codec the caller offered — Opus from a browser, any of
  Opus, PCMU and PCMA from our own offerer (which one, when several are offered, is the
  answerer's choice: RFC 3264 §6.1 leaves it to the answerer) — and the caller hears the agent
  in that codec. An offer with no codec in common is refused with the surface's documented
  error, not a broken call.

  @everruns @browser
  Scenario: a browser's offer is answered with Opus and the browser hears the greeting
    Given an agent that greets the caller
    And a caller on the browser
    Then the call negotiated "opus/48000/2"
    And the caller hears the greeting

  @everruns
  Scenario Outline: an offer with <codec> only is answered with <codec>
    Given an agent that greets the caller
    And a caller on WebRTC offering <offered>
    Then the call negotiated "<negotiated>"
    And the caller hears the greeting

    Examples:
      | codec | offered | negotiated   |
      | Opus  | opus    | opus/48000/2 |
      | PCMU  | PCMU    | PCMU/8000    |
      | PCMA  | PCMA    | PCMA/8000    |

  @everruns
  Scenario: an offer of every codec is answered with one of them
    Given an agent that greets the caller
    And a caller on WebRTC offering PCMA, PCMU, opus
    Then the call negotiated one of "PCMA/8000", "PCMU/8000", "opus/48000/2"
    And the caller hears the greeting

  @everruns @emulator-only
  Scenario: the emulator answers an offer of every codec with its preferred Opus
    Given an agent that greets the caller
    And a caller on WebRTC offering PCMA, PCMU, opus
    Then the call negotiated "opus/48000/2"

  @openai @OAI-CALL-001
  Scenario: an OpenAI Realtime call from our offer with PCMA only speaks PCMA
    Given an agent that greets the caller
    And a caller on OpenAI WebRTC offering PCMA
    Then the call negotiated "PCMA/8000"
    And the caller hears the greeting

  @contract
  Scenario Outline: an offer with no codec in common is refused by <surface>
    When a WebRTC offer with only G722 is sent to <surface>
    Then the offer is refused with the documented 400 error
    And the response matches the contract

    @everruns @EVR-CALL-002
    Examples:
      | surface  |
      | Everruns |

    @openai @OAI-CALL-003
    Examples:
      | surface |
      | OpenAI  |
