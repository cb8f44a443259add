using Conformance.Rtc.Rtp;
using Conformance.Rtc.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Rtc.Tests.Rtp;

public sealed class RtpPacketTests
{
    [Fact]
    public void RtpPacket_Rfc3550CsrcExtensionAndPadding_FindsThePayload()
    {
        var bytes = TestVectors.ParseHex(
            "b2 80 12 34" +      // V=2 P=1 X=1 CC=2 | M=1 PT=0 | seq 0x1234
            " 00 00 a0 00" +     // timestamp 40960
            " de ad be ef" +     // SSRC
            " 00 00 00 01 00 00 00 02" + // two CSRCs (RFC 3550 §5.1)
            " be de 00 01 10 ff 00 00" + // extension: profile 0xBEDE, 1 word (RFC 3550 §5.3.1)
            " 11 22 33 44 55" +  // payload
            " 00 00 03");        // padding: last octet counts 3 (RFC 3550 §5.1 P bit)

        Assert.True(RtpPacket.TryParse(bytes, out var packet));

        Assert.Equal(new RtpHeader(true, 0, 0x1234, 40960, 0xdeadbeef), packet.Header);
        Assert.Equal("1122334455", Convert.ToHexString(packet.GetPayload(bytes)));
    }

    [Theory]
    [InlineData("80 00 00 01 00 00 00 00 00 00 00")]                      // 11 bytes
    [InlineData("40 00 00 01 00 00 00 00 00 00 00 01")]                   // version 1
    [InlineData("81 00 00 01 00 00 00 00 00 00 00 01")]                   // CC=1 but no CSRC
    [InlineData("90 00 00 01 00 00 00 00 00 00 00 01 be de 00 05")]       // extension longer than the packet
    [InlineData("a0 00 00 01 00 00 00 00 00 00 00 01 aa 00")]             // padding count 0
    [InlineData("a0 00 00 01 00 00 00 00 00 00 00 01 aa 09")]             // padding past the header
    public void RtpPacket_Malformed_IsRejected(string hex) =>
        Assert.False(RtpPacket.TryParse(TestVectors.ParseHex(hex), out _));

    [Fact]
    public void RtpPacket_WriteThenParse_RoundTrips()
    {
        var packets =
            from marker in ArbMap.Default.GeneratorFor<bool>()
            from pt in Gen.Choose(0, 127)
            from seq in ArbMap.Default.GeneratorFor<ushort>()
            from ts in ArbMap.Default.GeneratorFor<uint>()
            from payload in ArbMap.Default.GeneratorFor<byte[]>()
            select (Header: new RtpHeader(marker, pt, seq, ts, ts ^ 0x5a5a5a5a), Payload: payload);
        Prop.ForAll(packets.ToArbitrary(), p =>
            {
                var (header, payload) = p;
                var buffer = new byte[12 + payload.Length];
                Assert.True(RtpPacket.TryWrite(buffer, header, payload, out var written));
                Assert.True(RtpPacket.TryParse(buffer.AsSpan(0, written), out var parsed));
                Assert.Equal(header, parsed.Header);
                Assert.Equal(payload, parsed.GetPayload(buffer).ToArray());
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RtpPacket_TryWrite_TooSmallOrBadPayloadType_Fails()
    {
        Assert.False(RtpPacket.TryWrite(new byte[12], new RtpHeader(false, 0, 1, 1, 1), new byte[1], out _));
        Assert.False(RtpPacket.TryWrite(new byte[20], new RtpHeader(false, 128, 1, 1, 1), new byte[1], out _));
    }
}
