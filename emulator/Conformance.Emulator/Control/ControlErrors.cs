using System.Diagnostics.CodeAnalysis;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Control;

/// <summary>The control-plane throw helper (RFC 9457 problem details).</summary>
public static class ControlErrors
{
    public static ApiError Create(ControlError reason, string detail, string? code = null)
    {
        var (status, defaultCode) = reason switch
        {
            ControlError.BadRequest => (400, "bad_request"),
            ControlError.NotFound => (404, "not_found"),
            ControlError.Conflict => (409, "conflict"),
            ControlError.MethodNotAllowed => (405, "method_not_allowed"),
            ControlError.PayloadTooLarge => (413, "payload_too_large"),
            ControlError.UnsupportedMediaType => (415, "unsupported_media_type"),
            _ => (500, "internal_error"),
        };
        return new ApiError(status, code ?? defaultCode, detail);
    }

    [DoesNotReturn]
    public static void Throw(ControlError reason, string detail, string? code = null) =>
        throw new ApiErrorException(Create(reason, detail, code));
}
