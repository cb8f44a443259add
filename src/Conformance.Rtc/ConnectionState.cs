namespace Conformance.Rtc;

/// <summary>
/// A connection's life (the subset of RTCPeerConnectionState that a server-side endpoint needs).
/// <code>
///   New ──offer/answer applied──► Connecting ──ICE selected, DTLS done, SRTP keyed──► Connected
///    │                               │                                                 │
///    └──────────── Close ────────────┴───────────── Close / close_notify ─────────────┴──► Closed
///                                    └──── ICE or DTLS failure, consent lost ──► Failed ──► Closed
/// </code>
/// </summary>
public enum ConnectionState
{
    New = 0,
    Connecting,
    Connected,
    Failed,
    Closed,
}
