using System.Diagnostics.CodeAnalysis;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// The Omnia throw helper. <paramref name="zod"/> renders the agent endpoints' ValidationError
/// envelope (<c>{error, details:{formErrors, fieldErrors}}</c>) instead of CallApiError.
/// </summary>
public static class OmniaErrors
{
    public const string ZodShape = "zod";

    public static ApiError Create(OmniaError reason, string message, bool zod = false)
    {
        var (status, code) = reason switch
        {
            OmniaError.BadRequest => (400, "BAD_REQUEST"),
            OmniaError.InvalidBody => (400, "INVALID_BODY"),
            OmniaError.ValidationError => (400, "VALIDATION_ERROR"),
            OmniaError.InvalidLanguage => (400, "INVALID_LANGUAGE"),
            OmniaError.InvalidVoice => (400, "INVALID_VOICE"),
            OmniaError.MissingApiKey => (401, "MISSING_API_KEY"),
            OmniaError.Unauthorized => (401, "UNAUTHORIZED"),
            OmniaError.PaymentRequired => (402, "PAYMENT_REQUIRED"),
            OmniaError.Forbidden => (403, "FORBIDDEN"),
            OmniaError.NotFound => (404, "NOT_FOUND"),
            OmniaError.MethodNotAllowed => (405, "METHOD_NOT_ALLOWED"),
            OmniaError.Conflict => (409, "CONFLICT"),
            OmniaError.PayloadTooLarge => (413, "PAYLOAD_TOO_LARGE"),
            OmniaError.RateLimited => (429, "RATE_LIMIT_EXCEEDED"),
            _ => (500, "INTERNAL_ERROR"),
        };
        return new ApiError(status, code, message) { Type = zod ? ZodShape : null };
    }

    [DoesNotReturn]
    public static void Throw(OmniaError reason, string message, bool zod = false) =>
        throw new ApiErrorException(Create(reason, message, zod));

    public static ApiError Fields(IReadOnlyList<FieldError> fields, bool zod = false, OmniaError reason = OmniaError.BadRequest) =>
        Create(reason, zod ? "Invalid request body" : string.Join("; ", fields.Select(f => f.Message)), zod) with { Fields = fields };
}
