using Conformance.Harness.Targets;

namespace Conformance.Harness.Calls;

/// <summary>A caller's transport with its options (a Telnyx codec, a generic socket's rate, the codecs a WebRTC offer lists, in order).</summary>
public sealed record CallTransport(CallTransportKind Kind)
{
    /// <summary>Telnyx: <c>PCMU</c> or <c>PCMA</c>.</summary>
    public string TelnyxCodec { get; init; } = "PCMU";

    /// <summary>Generic socket: both directions' rate.</summary>
    public int GenericRate { get; init; } = 16000;

    /// <summary>WebRTC: the codecs offered, most preferred first (<c>opus</c>, <c>PCMU</c>, <c>PCMA</c>).</summary>
    public IReadOnlyList<string> OfferedCodecs { get; init; } = ["opus", "PCMU", "PCMA"];

    public SurfaceName Surface => Kind switch
    {
        CallTransportKind.ClutchCall => SurfaceName.ClutchCall,
        CallTransportKind.WebRtc or CallTransportKind.Browser => SurfaceName.Everruns,
        CallTransportKind.OpenAIWebRtc => SurfaceName.OpenAI,
        _ => SurfaceName.Omnia,
    };

    /// <summary>Parses the words scenarios use: <c>Twilio</c>, <c>Telnyx</c>, <c>Plivo</c>, <c>a generic socket</c>, <c>a ClutchCall call</c>, <c>WebRTC</c>, <c>OpenAI WebRTC</c>, <c>the browser</c>.</summary>
    public static CallTransport Parse(string words) => words switch
    {
        "Twilio" => new(CallTransportKind.Twilio),
        "Telnyx" => new(CallTransportKind.Telnyx),
        "Plivo" => new(CallTransportKind.Plivo),
        "a generic socket" => new(CallTransportKind.Generic),
        "a ClutchCall call" => new(CallTransportKind.ClutchCall),
        "WebRTC" => new(CallTransportKind.WebRtc),
        "OpenAI WebRTC" => new(CallTransportKind.OpenAIWebRtc),
        "the browser" => new(CallTransportKind.Browser),
        _ => throw new ArgumentException($"Unknown transport '{words}'.", nameof(words)),
    };

    public const string Pattern = "Twilio|Telnyx|Plivo|a generic socket|a ClutchCall call|WebRTC|OpenAI WebRTC|the browser";

    public override string ToString() => Kind switch
    {
        CallTransportKind.Telnyx => $"Telnyx ({TelnyxCodec})",
        CallTransportKind.Generic => $"generic socket ({GenericRate} Hz)",
        CallTransportKind.WebRtc or CallTransportKind.OpenAIWebRtc => $"{Kind} offering {string.Join(", ", OfferedCodecs)}",
        _ => Kind.ToString(),
    };
}
