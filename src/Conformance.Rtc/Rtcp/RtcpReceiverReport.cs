using System.Buffers.Binary;

namespace Conformance.Rtc.Rtcp;

/// <summary>RR: the sender's SSRC then report blocks (RFC 3550 §6.4.2), PT=201.</summary>
public sealed record RtcpReceiverReport(uint Ssrc, IReadOnlyList<RtcpReportBlock> Reports) : RtcpPacket
{
    public override RtcpPacketType Type => RtcpPacketType.ReceiverReport;

    public override int WrittenLength => HeaderLength + 4 + (Reports.Count * RtcpReportBlock.Length);

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
        for (var i = 0; i < Reports.Count; i++)
        {
            Reports[i].Write(destination[(8 + (i * RtcpReportBlock.Length))..]);
        }

        return true;
    }

    internal static RtcpReceiverReport? TryRead(ReadOnlySpan<byte> body, int count)
    {
        if (body.Length < 8 + (count * RtcpReportBlock.Length))
        {
            return null;
        }

        var reports = new RtcpReportBlock[count];
        for (var i = 0; i < count; i++)
        {
            reports[i] = RtcpReportBlock.Read(body[(8 + (i * RtcpReportBlock.Length))..]);
        }

        return new RtcpReceiverReport(BinaryPrimitives.ReadUInt32BigEndian(body[4..]), reports);
    }
}
