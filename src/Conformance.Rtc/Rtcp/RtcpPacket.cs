using System.Buffers.Binary;

namespace Conformance.Rtc.Rtcp;

/// <summary>
/// One RTCP packet of a compound datagram (RFC 3550 §6.4). Every packet starts with
/// <code>
///  0                   1                   2                   3
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |V=2|P|    RC   |      PT       |   length (32-bit words − 1)   |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// Types this stack does not interpret come back as <see cref="RtcpUnknownPacket"/> with their bytes.
/// </summary>
public abstract record RtcpPacket
{
    public const int HeaderLength = 4;

    public abstract RtcpPacketType Type { get; }

    /// <summary>Bytes this packet occupies when written.</summary>
    public abstract int WrittenLength { get; }

    public abstract bool TryWrite(Span<byte> destination, out int written);

    /// <summary>Parses a whole compound (or reduced-size, RFC 5506) RTCP datagram.</summary>
    public static bool TryParseCompound(ReadOnlySpan<byte> data, out IReadOnlyList<RtcpPacket> packets)
    {
        var list = new List<RtcpPacket>();
        packets = list;
        if (data.Length < HeaderLength)
        {
            return false;
        }

        var offset = 0;
        while (offset < data.Length)
        {
            if (data.Length - offset < HeaderLength || data[offset] >> 6 != 2)
            {
                return false;
            }

            var length = (BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]) + 1) * 4;
            if (offset + length > data.Length)
            {
                return false;
            }

            var body = data.Slice(offset, length);
            var count = body[0] & 0x1F;
            RtcpPacket? parsed = body[1] switch
            {
                (int)RtcpPacketType.SenderReport => RtcpSenderReport.TryRead(body, count),
                (int)RtcpPacketType.ReceiverReport => RtcpReceiverReport.TryRead(body, count),
                (int)RtcpPacketType.Goodbye => RtcpGoodbye.TryRead(body, count),
                _ => new RtcpUnknownPacket((RtcpPacketType)body[1], body.ToArray()),
            };
            if (parsed is null)
            {
                return false;
            }

            list.Add(parsed);
            offset += length;
        }

        return true;
    }

    /// <summary>Writes packets back to back (a compound datagram).</summary>
    public static bool TryWriteCompound(Span<byte> destination, IEnumerable<RtcpPacket> packets, out int written)
    {
        ArgumentNullException.ThrowIfNull(packets);
        written = 0;
        foreach (var packet in packets)
        {
            if (!packet.TryWrite(destination[written..], out var n))
            {
                written = 0;
                return false;
            }

            written += n;
        }

        return true;
    }

    private protected static void WriteHeader(Span<byte> destination, int count, RtcpPacketType type, int length)
    {
        destination[0] = (byte)(0x80 | (count & 0x1F));
        destination[1] = (byte)type;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)((length / 4) - 1));
    }
}
