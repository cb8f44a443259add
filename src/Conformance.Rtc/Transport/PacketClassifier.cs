namespace Conformance.Rtc.Transport;

/// <summary>
/// Demultiplexes one UDP port shared by STUN, DTLS and SRTP/SRTCP (RFC 7983 §7, RFC 5761 §4).
/// <code>
///              +----------------+
///              |        [0..3] -+--> STUN
///              |      [16..19] -+--> ZRTP (not used here: Unknown)
///  packet -->  |      [20..63] -+--> DTLS
///              |      [64..79] -+--> TURN channel (not used here: Unknown)
///              |    [128..191] -+--> RTP/RTCP: RTCP when the second byte is 192..223
///              +----------------+
/// </code>
/// </summary>
public static class PacketClassifier
{
    public static PacketKind Classify(ReadOnlySpan<byte> datagram)
    {
        if (datagram.IsEmpty)
        {
            return PacketKind.Unknown;
        }

        var first = datagram[0];
        return first switch
        {
            <= 3 => PacketKind.Stun,
            >= 20 and <= 63 => PacketKind.Dtls,
            >= 128 and <= 191 when datagram.Length >= 2 && datagram[1] is >= 192 and <= 223 => PacketKind.Rtcp,
            >= 128 and <= 191 => PacketKind.Rtp,
            _ => PacketKind.Unknown,
        };
    }
}
