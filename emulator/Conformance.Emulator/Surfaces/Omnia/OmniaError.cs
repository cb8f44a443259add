namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>Every way an Omnia request fails (specs/omnia.md OMN-ERR-*; codes from authentication.mdx and CallApiError).</summary>
public enum OmniaError
{
    BadRequest,
    InvalidBody,
    ValidationError,
    InvalidLanguage,
    InvalidVoice,
    MissingApiKey,
    Unauthorized,
    PaymentRequired,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    PayloadTooLarge,
    RateLimited,
    Internal,
}
