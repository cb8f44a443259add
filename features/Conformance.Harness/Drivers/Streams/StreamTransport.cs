namespace Conformance.Harness.Drivers.Streams;

/// <summary>The media-stream protocol the harness speaks as the telephony provider (media-protocols.md §1–4).</summary>
public enum StreamTransport
{
    Twilio,
    Telnyx,
    Plivo,

    /// <summary>Binary PCM + JSON control (Omnia <c>websocket</c>, Ultravox-style; media-protocols.md §4.4).</summary>
    Generic,
}
