using System.Diagnostics.CodeAnalysis;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>The Everruns throw helper: reason → status and default snake_case code (RFC 9457 problem details; EVR-ERR-001).</summary>
public static class EverrunsProblems
{
    public static ApiError Create(EverrunsError reason, string detail, string? code = null)
    {
        var (status, defaultCode) = reason switch
        {
            EverrunsError.InvalidId => (400, "invalid_id"),
            EverrunsError.ValidationFailed => (400, "validation_error"),
            EverrunsError.InvalidJson => (400, "invalid_json"),
            EverrunsError.UnsupportedMediaType => (415, "unsupported_media_type"),
            EverrunsError.Unauthorized => (401, "unauthorized"),
            EverrunsError.NotFound => (404, "not_found"),
            EverrunsError.VoiceDisabled => (404, "voice_disabled"),
            EverrunsError.ProviderNotRealtime => (400, "provider_not_realtime"),
            EverrunsError.SdpRejected => (400, "invalid_sdp"),
            EverrunsError.Conflict => (409, "conflict"),
            EverrunsError.PayloadTooLarge => (413, "payload_too_large"),
            EverrunsError.RateLimited => (429, "rate_limited"),
            EverrunsError.MethodNotAllowed => (405, "method_not_allowed"),
            EverrunsError.WebRtcUnavailable => (503, "webrtc_unavailable"),
            _ => (500, "internal_error"),
        };
        return new ApiError(status, code ?? defaultCode, detail);
    }

    [DoesNotReturn]
    public static void Throw(EverrunsError reason, string detail, string? code = null) =>
        throw new ApiErrorException(Create(reason, detail, code));

    [DoesNotReturn]
    public static T Throw<T>(EverrunsError reason, string detail, string? code = null) =>
        throw new ApiErrorException(Create(reason, detail, code));
}
