using System.Buffers.Binary;

namespace Conformance.Rtc.Rtcp;

/// <summary>BYE (RFC 3550 §6.6): the sources leaving; an optional reason is not written or read.</summary>
public sealed record RtcpGoodbye(IReadOnlyList<uint> Sources) : RtcpPacket
{
    public override RtcpPacketType Type => RtcpPacketType.Goodbye;

    public override int WrittenLength => HeaderLength + (4 * Sources.Count);

    public override bool TryWrite(Span<byte> destination, out int written)
    {
        written = WrittenLength;
        if (destination.Length < written || Sources.Count > 31)
        {
            written = 0;
            return false;
        }

        WriteHeader(destination, Sources.Count, Type, written);
        for (var i = 0; i < Sources.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(4 + (4 * i))..], Sources[i]);
        }

        return true;
    }

    internal static RtcpGoodbye? TryRead(ReadOnlySpan<byte> body, int count)
    {
        if (body.Length < 4 + (4 * count))
        {
            return null;
        }

        var sources = new uint[count];
        for (var i = 0; i < count; i++)
        {
            sources[i] = BinaryPrimitives.ReadUInt32BigEndian(body[(4 + (4 * i))..]);
        }

        return new RtcpGoodbye(sources);
    }
}
