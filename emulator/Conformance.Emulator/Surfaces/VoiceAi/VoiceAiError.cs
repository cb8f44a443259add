namespace Conformance.Emulator.Surfaces.VoiceAi;

/// <summary>Every way a Voice.ai request fails (specs/voiceai.md VAI-ERR-*).</summary>
public enum VoiceAiError
{
    Unauthorized,
    InsufficientCredits,
    CallValidationFailed,
    EndTokenScope,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    RateLimited,
    NotImplemented,
    Internal,
}
