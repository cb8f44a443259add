namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>Every way an OpenAI Realtime request fails (specs/openai.md OAI-ERR-*).</summary>
public enum OpenAIError
{
    InvalidRequest,
    InvalidJson,
    Unauthorized,
    NotFound,
    InvalidUrl,
    CallNotActive,
    PayloadTooLarge,
    RateLimited,
    MethodNotAllowed,
    SdpRejected,
    WebRtcUnavailable,
    Internal,
}
