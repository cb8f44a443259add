namespace Conformance.Streams;

/// <summary>
/// The WebSocket message type a payload arrived in (RFC 6455 §5.6). Twilio, Telnyx and Plivo
/// allow text only; the generic mode carries audio in binary messages and control in text.
/// </summary>
public enum FrameKind
{
    Text,
    Binary,
}
