using System.Diagnostics.CodeAnalysis;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>The OpenAI throw helper: reason → status, error type and code (<c>{error:{message,type,param,code}}</c>; OAI-ERR-001).</summary>
public static class OpenAIErrors
{
    public static ApiError Create(OpenAIError reason, string message, string? param = null, string? code = null)
    {
        var (status, type, defaultCode) = reason switch
        {
            OpenAIError.InvalidRequest => (400, "invalid_request_error", "invalid_value"),
            OpenAIError.InvalidJson => (400, "invalid_request_error", "invalid_json"),
            OpenAIError.Unauthorized => (401, "invalid_request_error", "invalid_api_key"),
            OpenAIError.NotFound => (404, "invalid_request_error", "not_found"),
            OpenAIError.InvalidUrl => (404, "invalid_request_error", (string?)null),
            OpenAIError.CallNotActive => (400, "invalid_request_error", "call_not_active"),
            OpenAIError.PayloadTooLarge => (413, "invalid_request_error", "request_too_large"),
            OpenAIError.RateLimited => (429, "requests", "rate_limit_exceeded"),
            OpenAIError.MethodNotAllowed => (405, "invalid_request_error", "method_not_allowed"),
            OpenAIError.SdpRejected => (400, "invalid_request_error", "invalid_offer"),
            OpenAIError.WebRtcUnavailable => (503, "server_error", "webrtc_unavailable"),
            _ => (500, "server_error", "internal_error"),
        };
        return new ApiError(status, code ?? defaultCode ?? string.Empty, message) { Type = type, Param = param };
    }

    [DoesNotReturn]
    public static void Throw(OpenAIError reason, string message, string? param = null, string? code = null) =>
        throw new ApiErrorException(Create(reason, message, param, code));
}
