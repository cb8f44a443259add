namespace Conformance.Streams.Telnyx;

/// <summary>
/// Limits for Telnyx messages. Telnyx allows up to 30 s per outbound rtp chunk: L16 48 kHz for
/// 30 s is 2.88 MB, 3.84 MB in base64, so the guard is 4 MiB.
/// </summary>
public sealed record TelnyxParserOptions
{
    public static TelnyxParserOptions Default { get; } = new();

    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>When set, agent messages naming another <c>stream_id</c> are rejected.</summary>
    public string? ExpectedStreamId { get; init; }
}
