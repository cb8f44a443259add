using System.Buffers.Binary;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Rtc.Tests.Support;

/// <summary>
/// Generators for abuse of the shared media port: random bytes, and bytes dressed as each
/// RFC 7983 class (STUN header and cookie, DTLS record headers, RTP/RTCP version and types) so
/// they get past the first-byte demux into every parser.
/// </summary>
internal static class JunkDatagrams
{
    public static Gen<byte[]> Any { get; } = Gen.Frequency(
        (1, RandomBytes(0, 1400)),
        (2, Stun()),
        (2, Dtls()),
        (2, Rtp()),
        (2, Rtcp()));

    public static Gen<byte[]> RandomBytes(int min, int max) =>
        from n in Gen.Choose(min, max)
        from bytes in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), n)
        select bytes;

    public static Gen<byte[]> Stun() =>
        from body in RandomBytes(20, 200)
        from type in Gen.Choose(0, 3)
        from cookie in ArbMap.Default.GeneratorFor<bool>()
        from fixLength in ArbMap.Default.GeneratorFor<bool>()
        select Dress(body, b =>
        {
            b[0] = (byte)type;
            if (cookie)
            {
                BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(4), 0x2112A442);
            }

            if (fixLength)
            {
                BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(2), (ushort)(b.Length - 20));
            }
        });

    public static Gen<byte[]> Dtls() =>
        from body in RandomBytes(13, 600)
        from type in Gen.Choose(20, 25)
        from epoch in Gen.Choose(0, 2)
        select Dress(body, b =>
        {
            b[0] = (byte)type;
            b[1] = 0xFE;
            b[2] = 0xFD;
            BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(3), (ushort)epoch);
            BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(11), (ushort)(b.Length - 13));
        });

    public static Gen<byte[]> Rtp() =>
        from body in RandomBytes(12, 400)
        from pt in Gen.Elements(0, 8, 111, 126, 96, 13)
        select Dress(body, b =>
        {
            b[0] = 0x80;
            b[1] = (byte)pt;
        });

    public static Gen<byte[]> Rtcp() =>
        from body in RandomBytes(8, 200)
        from type in Gen.Choose(200, 207)
        select Dress(body, b =>
        {
            b[0] = 0x81;
            b[1] = (byte)type;
            BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(2), (ushort)((b.Length / 4) - 1));
        });

    private static byte[] Dress(byte[] bytes, Action<byte[]> dress)
    {
        dress(bytes);
        return bytes;
    }
}
