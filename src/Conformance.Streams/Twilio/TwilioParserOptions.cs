namespace Conformance.Streams.Twilio;

/// <summary>
/// Limits and expectations for parsing Twilio messages. Twilio documents no message size limit
/// ("the audio can be of any size", buffer ≈ 10 min); 4 MiB (≈ 6 min of µ-law in base64) is our
/// guard, stated in specs/media-streams.md.
/// </summary>
public sealed record TwilioParserOptions
{
    public static TwilioParserOptions Default { get; } = new();

    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>When set, agent messages carrying another <c>streamSid</c> are rejected (31951 "wrong Stream SID").</summary>
    public string? ExpectedStreamSid { get; init; }
}
