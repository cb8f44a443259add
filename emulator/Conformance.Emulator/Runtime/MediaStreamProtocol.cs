namespace Conformance.Emulator.Runtime;

/// <summary>
/// The protocol a media-stream WebSocket leg speaks (media-protocols.md §1–4). Omnia's
/// <c>webrtc</c> connection type is a credential hand-off on the socket ({roomUrl, token}),
/// not audio (vendors.md §8).
/// </summary>
public enum MediaStreamProtocol
{
    Twilio,
    Telnyx,
    Plivo,
    Generic,
    OmniaWebRtcHandoff,
}
