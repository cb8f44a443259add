using System.Buffers.Binary;

namespace Conformance.Rtc.Rtp;

/// <summary>
/// An RTP packet's header and where its payload sits (RFC 3550 §5.1, §5.3.1 header extension).
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |V=2|P|X|  CC   |M|     PT      |       sequence number         |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                           timestamp                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |           synchronization source (SSRC) identifier            |
/// +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
/// |            contributing source (CSRC) identifiers  (CC × 32)  |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  defined by profile (X=1)     |           length              |
/// |                        header extension                       |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |  payload ...                  |  padding (P=1), last octet = count
/// </code>
/// </summary>
public readonly record struct RtpPacket(RtpHeader Header, int PayloadOffset, int PayloadLength)
{
    public static bool TryParse(ReadOnlySpan<byte> data, out RtpPacket packet)
    {
        packet = default;
        if (data.Length < RtpHeader.FixedLength || data[0] >> 6 != 2)
        {
            return false;
        }

        var padding = (data[0] & 0x20) != 0;
        var extension = (data[0] & 0x10) != 0;
        var csrcCount = data[0] & 0x0F;
        var offset = RtpHeader.FixedLength + (4 * csrcCount);
        if (extension)
        {
            if (data.Length < offset + 4)
            {
                return false;
            }

            offset += 4 + (4 * BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]));
        }

        var end = data.Length;
        if (padding)
        {
            var count = data[^1];
            if (count == 0 || end - count < offset)
            {
                return false;
            }

            end -= count;
        }

        if (offset > end)
        {
            return false;
        }

        var header = new RtpHeader(
            (data[1] & 0x80) != 0,
            data[1] & 0x7F,
            BinaryPrimitives.ReadUInt16BigEndian(data[2..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[4..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[8..]));
        packet = new RtpPacket(header, offset, end - offset);
        return true;
    }

    public ReadOnlySpan<byte> GetPayload(ReadOnlySpan<byte> data) => data.Slice(PayloadOffset, PayloadLength);

    /// <summary>Writes a 12-byte header (V=2, no padding/extension/CSRC) and the payload.</summary>
    public static bool TryWrite(Span<byte> destination, in RtpHeader header, ReadOnlySpan<byte> payload, out int written)
    {
        written = RtpHeader.FixedLength + payload.Length;
        if (destination.Length < written || header.PayloadType is < 0 or > 127)
        {
            written = 0;
            return false;
        }

        destination[0] = 0x80;
        destination[1] = (byte)((header.Marker ? 0x80 : 0) | header.PayloadType);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], header.SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], header.Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], header.Ssrc);
        payload.CopyTo(destination[RtpHeader.FixedLength..]);
        return true;
    }
}
