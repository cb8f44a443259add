using System.Text.Json.Nodes;

namespace Conformance.Emulator.Http;

/// <summary>
/// A surface-neutral error: HTTP status, the surface's machine code, a human message, any
/// field errors, extra top-level body members and response headers. Each surface's error
/// writer renders it in that vendor's documented shape.
/// </summary>
public sealed record ApiError(int Status, string Code, string Message)
{
    public IReadOnlyList<FieldError> Fields { get; init; } = [];

    /// <summary>Extra members the surface's shape carries (Everruns <c>retry_after_seconds</c>, Voice.ai <c>reason</c>…).</summary>
    public JsonObject? Extra { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>For surfaces that name a parameter (OpenAI <c>error.param</c>).</summary>
    public string? Param { get; init; }

    /// <summary>An OpenAI-style error type (<c>invalid_request_error</c>…) or tRPC key, when the surface has one.</summary>
    public string? Type { get; init; }
}
