@codec @omnia @generic-ws @GEN-001 @GEN-003
Feature: The generic WebSocket speaks at the rates the call was created with
  Omnia's websocket calls fix the input and output sample rates when the call is created. The
  agent's binary audio must come at the output rate: played at that rate it is the agent's
  clip, played at another it is the wrong speed and pitch.

  @emulator-only
  Scenario Outline: a generic socket at <rate> Hz
    Given an agent that greets the caller
    And a caller on a generic socket at <rate> Hz
    Then the caller hears the greeting
    And the greeting heard at <rate> Hz is at least <snr> dB above its distortion
    When the caller says "utterance-soft-cushion"
    Then the agent starts answering 500 ms plus its thinking time after the caller stopped

    Examples:
      | rate  | snr |
      | 8000  | 30  |
      | 16000 | 30  |
      | 24000 | 30  |
      | 48000 | 30  |
