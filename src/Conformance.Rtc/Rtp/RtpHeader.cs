namespace Conformance.Rtc.Rtp;

/// <summary>The fixed RTP header fields this stack reads and writes (RFC 3550 §5.1).</summary>
public readonly record struct RtpHeader(bool Marker, int PayloadType, ushort SequenceNumber, uint Timestamp, uint Ssrc)
{
    /// <summary>12 bytes: no CSRCs, no extension (what we send).</summary>
    public const int FixedLength = 12;
}
