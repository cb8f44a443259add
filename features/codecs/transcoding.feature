@codec @emulator-only @MS-008
Feature: Transcoded agent audio stays faithful to its source
  What the caller hears is the agent's clip after resampling and encoding for the leg. Compared
  with the clip at the leg's rate (aligned by cross-correlation), the error stays below the
  codec's own distortion: G.711 keeps speech about 30 dB above its quantisation noise, PCM loses
  nothing but resampling, and Opus at telephony bitrates is not waveform-exact.

  Scenario Outline: the greeting over <leg> is at least <snr> dB above its distortion
    Given an agent that greets the caller
    And a caller on <leg>
    Then the caller hears the greeting
    And the greeting heard is at least <snr> dB above its distortion

    @omnia @twilio
    Examples:
      | leg              | snr |
      | Twilio           | 25  |

    @omnia @plivo
    Examples:
      | leg              | snr |
      | Plivo            | 25  |

    @omnia @generic-ws
    Examples:
      | leg              | snr |
      | a generic socket | 30  |

    @everruns @webrtc @EVR-CALL-001
    Examples:
      | leg                     | snr |
      | WebRTC offering PCMU    | 25  |
      | WebRTC offering opus    | 8   |
