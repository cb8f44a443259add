using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Surfaces.VoiceAi;

/// <summary>
/// The Voice.ai throw helper. Non-validation errors use <c>ErrorResponse</c> {error, detail,
/// code}; every invalid field goes out together as FastAPI's 422 (see <see cref="VoiceAiErrorShape"/>).
/// </summary>
public static class VoiceAiErrors
{
    public const string ValidationShape = "fastapi";

    public static ApiError Create(VoiceAiError reason, string detail, JsonObject? extra = null)
    {
        var (status, error, code) = reason switch
        {
            VoiceAiError.Unauthorized => (401, "Unauthorized", "UNAUTHORIZED"),
            VoiceAiError.InsufficientCredits => (402, "Insufficient credits", "INSUFFICIENT_CREDITS"),
            VoiceAiError.CallValidationFailed => (403, "Call validation failed", "CALL_VALIDATION_FAILED"),
            VoiceAiError.EndTokenScope => (403, "Forbidden", "END_TOKEN_SCOPE"),
            VoiceAiError.NotFound => (404, "Not Found", "NOT_FOUND"),
            VoiceAiError.MethodNotAllowed => (405, "Method Not Allowed", "METHOD_NOT_ALLOWED"),
            VoiceAiError.PayloadTooLarge => (413, "Payload Too Large", "PAYLOAD_TOO_LARGE"),
            VoiceAiError.RateLimited => (429, "Too Many Requests", "RATE_LIMITED"),
            VoiceAiError.NotImplemented => (501, "Not Implemented", "NOT_IMPLEMENTED"),
            _ => (500, "Internal Server Error", "INTERNAL_ERROR"),
        };
        var body = extra ?? [];
        body["error"] = error;
        return new ApiError(status, code, detail) { Extra = body };
    }

    [DoesNotReturn]
    public static void Throw(VoiceAiError reason, string detail, JsonObject? extra = null) =>
        throw new ApiErrorException(Create(reason, detail, extra));

    public static ApiError Validation(IReadOnlyList<FieldError> fields) =>
        new ApiError(422, "VALIDATION_ERROR", "Validation Error") { Fields = fields, Type = ValidationShape };

    [DoesNotReturn]
    public static void ThrowValidation(IReadOnlyList<FieldError> fields) => throw new ApiErrorException(Validation(fields));
}
