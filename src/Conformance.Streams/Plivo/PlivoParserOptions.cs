namespace Conformance.Streams.Plivo;

/// <summary>Plivo limits and the stream's expectations (media-protocols.md §3.3).</summary>
public sealed record PlivoParserOptions
{
    public static PlivoParserOptions Default { get; } = new();

    /// <summary>Plivo's guide: maximum WebSocket message size 64 KB.</summary>
    public int MaxMessageBytes { get; init; } = 64 * 1024;

    /// <summary>The stream's XML <c>contentType</c>: <c>playAudio</c> must match it when set.</summary>
    public PlivoMediaFormat? ExpectedFormat { get; init; }

    /// <summary>When set, <c>checkpoint</c>/<c>clearAudio</c> naming another <c>streamId</c> are rejected.</summary>
    public string? ExpectedStreamId { get; init; }
}
