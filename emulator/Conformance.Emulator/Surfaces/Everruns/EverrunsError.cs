namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>Every way an Everruns request fails (specs/everruns.md EVR-ERR-*), one status and default code each.</summary>
public enum EverrunsError
{
    InvalidId,
    ValidationFailed,
    InvalidJson,
    UnsupportedMediaType,
    Unauthorized,
    NotFound,
    VoiceDisabled,
    ProviderNotRealtime,
    SdpRejected,
    Conflict,
    PayloadTooLarge,
    RateLimited,
    MethodNotAllowed,
    WebRtcUnavailable,
    Internal,
}
