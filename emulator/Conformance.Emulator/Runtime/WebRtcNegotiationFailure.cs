namespace Conformance.Emulator.Runtime;

/// <summary>Why an SDP offer could not be answered; each surface maps these to its documented 4xx (specs/).</summary>
public enum WebRtcNegotiationFailure
{
    /// <summary>No WebRTC stack in this build (Conformance.Rtc absent): 503.</summary>
    Unavailable,
    MalformedOffer,
    NoAudio,
    NoCommonCodec,
    MissingIceCredentials,
    MissingFingerprint,
    UnsupportedSetupRole,
    Other,
}
