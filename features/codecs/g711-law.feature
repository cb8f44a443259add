@codec @omnia @telnyx @TNX-002 @MS-008
Feature: µ-law and A-law are not confused
  A Telnyx stream announces its codec in its start message; the agent must send back audio in
  that same law. Decoded with the announced law the agent's audio matches the clip it played;
  the other law would turn it into noise.

  @emulator-only
  Scenario Outline: a Telnyx caller on <codec> hears <law> audio
    Given an agent that greets the caller
    And a caller on Telnyx using <codec>
    Then the caller hears the greeting
    And the greeting decoded as <law> is at least 25 dB above its distortion

    Examples:
      | codec | law   |
      | PCMU  | µ-law |
      | PCMA  | A-law |
