using Conformance.Rtc.Rtcp;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Rtp;

public sealed class RtcpPacketTests
{
    [Fact]
    public void RtcpPacket_Rfc3550SenderReportWithBlock_Parses()
    {
        var bytes = TestVectors.ParseHex(
            "81 c8 00 0c" +                 // V=2 RC=1 PT=200 length 12 words
            " 11 11 11 11" +                // sender SSRC
            " e8 00 00 00 80 00 00 00" +    // NTP timestamp
            " 00 00 1f 40" +                // RTP timestamp 8000
            " 00 00 00 32 00 00 1f 40" +    // 50 packets, 8000 octets
            " 22 22 22 22" +                // report block: SSRC_1
            " 40 ff ff fe" +                // fraction 64/256, cumulative lost −2 (24-bit signed)
            " 00 01 00 10 00 00 00 07" +    // extended highest seq, jitter 7
            " 12 34 56 78 00 00 80 00");    // LSR, DLSR 0.5 s

        Assert.True(RtcpPacket.TryParseCompound(bytes, out var packets));

        var sr = Assert.IsType<RtcpSenderReport>(Assert.Single(packets));
        Assert.Equal((0x11111111u, 0xe800000080000000ul, 8000u, 50u, 8000u), (sr.Ssrc, sr.NtpTimestamp, sr.RtpTimestamp, sr.PacketCount, sr.OctetCount));
        var block = Assert.Single(sr.Reports);
        Assert.Equal(new RtcpReportBlock(0x22222222, 64, -2, 0x10010, 7, 0x12345678, 0x8000), block);
    }

    [Fact]
    public void RtcpPacket_CompoundWeWrite_ParsesBack()
    {
        RtcpPacket[] compound =
        [
            new RtcpReceiverReport(7, [new RtcpReportBlock(9, 1, 3, 100, 4, 5, 6)]),
            new RtcpSourceDescription(7, "cname-1"),
            new RtcpGoodbye([7]),
        ];
        var buffer = new byte[200];

        Assert.True(RtcpPacket.TryWriteCompound(buffer, compound, out var written));
        Assert.True(RtcpPacket.TryParseCompound(buffer.AsSpan(0, written), out var parsed));

        Assert.Equal(3, parsed.Count);
        var rr = Assert.IsType<RtcpReceiverReport>(parsed[0]);
        Assert.Equal(7u, rr.Ssrc);
        Assert.Equal(new RtcpReportBlock(9, 1, 3, 100, 4, 5, 6), Assert.Single(rr.Reports));
        Assert.Equal(RtcpPacketType.SourceDescription, parsed[1].Type);
        Assert.Equal([7u], Assert.IsType<RtcpGoodbye>(parsed[2]).Sources);
        Assert.Equal(0, written % 4);
    }

    [Theory]
    [InlineData("81 c8 00 01 00 00 00 01")]     // SR claiming a block it lacks
    [InlineData("81 c9 00 06 00 00 00 01")]     // length beyond the datagram
    [InlineData("41 c9 00 00")]                 // version 1
    [InlineData("80 c9")]                       // too short
    public void RtcpPacket_Malformed_IsRejected(string hex) =>
        Assert.False(RtcpPacket.TryParseCompound(TestVectors.ParseHex(hex), out _));

    [Fact]
    public void NtpTimestamp_KnownInstant_MatchesRfc3550Epoch()
    {
        // 1900-01-01 → 1970-01-01 is 2208988800 s (RFC 868); half a second is 0x80000000.
        var ntp = NtpTimestamp.FromDateTime(new DateTimeOffset(1970, 1, 1, 0, 0, 0, 500, TimeSpan.Zero));

        Assert.Equal((2208988800ul << 32) | 0x80000000ul, ntp);
        Assert.Equal((uint)(((2208988800ul & 0xFFFF) << 16) | 0x8000), NtpTimestamp.Middle(ntp));
    }
}
