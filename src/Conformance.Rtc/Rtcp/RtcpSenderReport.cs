using System.Buffers.Binary;

namespace Conformance.Rtc.Rtcp;

/// <summary>
/// SR: sender info then report blocks (RFC 3550 §6.4.1).
/// <code>
/// |V=2|P|    RC   |   PT=SR=200   |             length            |
/// |                         SSRC of sender                        |
/// |              NTP timestamp, most significant word             |
/// |             NTP timestamp, least significant word             |
/// |                         RTP timestamp                         |
/// |                     sender's packet count                     |
/// |                      sender's octet count                     |
/// |                 report blocks (RC × 24 bytes)                 |
/// </code>
/// </summary>
public sealed record RtcpSenderReport(
    uint Ssrc, ulong NtpTimestamp, uint RtpTimestamp, uint PacketCount, uint OctetCount, IReadOnlyList<RtcpReportBlock> Reports) : RtcpPacket
{
    public override RtcpPacketType Type => RtcpPacketType.SenderReport;

    public override int WrittenLength => HeaderLength + 24 + (Reports.Count * RtcpReportBlock.Length);

    public override bool TryWrite(Span<byte> destination, out int written)
    {
        written = WrittenLength;
        if (destination.Length < written || Reports.Count > 31)
        {
            written = 0;
            return false;
        }

        WriteHeader(destination, Reports.Count, Type, written);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Ssrc);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], NtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[20..], PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(destination[24..], OctetCount);
        for (var i = 0; i < Reports.Count; i++)
        {
            Reports[i].Write(destination[(28 + (i * RtcpReportBlock.Length))..]);
        }

        return true;
    }

    internal static RtcpSenderReport? TryRead(ReadOnlySpan<byte> body, int count)
    {
        if (body.Length < 28 + (count * RtcpReportBlock.Length))
        {
            return null;
        }

        var reports = new RtcpReportBlock[count];
        for (var i = 0; i < count; i++)
        {
            reports[i] = RtcpReportBlock.Read(body[(28 + (i * RtcpReportBlock.Length))..]);
        }

        return new RtcpSenderReport(
            BinaryPrimitives.ReadUInt32BigEndian(body[4..]),
            BinaryPrimitives.ReadUInt64BigEndian(body[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[16..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[20..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[24..]),
            reports);
    }
}
