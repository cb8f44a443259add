namespace Conformance.Streams;

/// <summary>The media-stream WebSocket dialects this library speaks (media-protocols.md §1–4).</summary>
public enum StreamProtocol
{
    Twilio,
    Telnyx,
    Plivo,
    Generic,
}
