namespace Conformance.Rtc.Sdp;

/// <summary>
/// Why an offer cannot be answered, or an answer not applied. The emulator maps each to the
/// vendor's documented 4xx; nothing here is a server fault.
/// </summary>
public enum SdpNegotiationFailure
{
    MalformedSdp = 1,
    NoAudioMedia,
    AudioRejected,
    NoCommonCodec,
    UnsupportedTransport,
    MissingIceCredentials,
    InvalidIceCredentials,
    MissingFingerprint,
    UnsupportedFingerprintAlgorithm,
    UnsupportedSetupRole,
    RtcpMuxRequired,
    AnswerMismatch,
    InvalidState,
}
