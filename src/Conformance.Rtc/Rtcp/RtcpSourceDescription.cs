using System.Text;

namespace Conformance.Rtc.Rtcp;

/// <summary>
/// SDES with one chunk holding a CNAME item (RFC 3550 §6.5, §6.5.1): what a compound RTCP packet
/// must carry. Received SDES is kept as <see cref="RtcpUnknownPacket"/>.
/// </summary>
public sealed record RtcpSourceDescription(uint Ssrc, string CName) : RtcpPacket
{
    public override RtcpPacketType Type => RtcpPacketType.SourceDescription;

    // header + SSRC + (type, length, text) + at least one null octet, padded to 32 bits.
    public override int WrittenLength => HeaderLength + ((4 + 2 + Encoding.UTF8.GetByteCount(CName) + 1 + 3) & ~3);

    public override bool TryWrite(Span<byte> destination, out int written)
    {
        var text = Encoding.UTF8.GetBytes(CName);
        written = WrittenLength;
        if (destination.Length < written || text.Length > 255)
        {
            written = 0;
            return false;
        }

        destination[..written].Clear();
        WriteHeader(destination, 1, Type, written);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Ssrc);
        destination[8] = 1;
        destination[9] = (byte)text.Length;
        text.CopyTo(destination[10..]);
        return true;
    }
}
