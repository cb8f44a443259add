using Conformance.Rtc.Rtp;

namespace Conformance.Rtc.Tests.Rtp;

public sealed class RtpReceiveStatisticsTests
{
    [Fact]
    public void Statistics_LossAcrossWrap_FollowsRfc3550AppendixA()
    {
        var stats = new RtpReceiveStatistics();
        long arrival = 0;
        foreach (ushort seq in new ushort[] { 65533, 65534, 0, 1, 3 })
        {
            stats.Update(new RtpHeader(false, 0, seq, (uint)arrival, 42), arrival);
            arrival += 160;
        }

        // Expected 65533..65535 and 0..3 = 7, received 5: 65535 and 2 lost.
        Assert.Equal(0x10003u, stats.ExtendedHighestSequence);
        Assert.Equal(7, stats.Expected);
        Assert.Equal(2, stats.CumulativeLost);
        Assert.Equal((byte)(2 * 256 / 7), stats.TakeFractionLost());
        Assert.Equal(0, stats.TakeFractionLost());
    }

    [Fact]
    public void Statistics_ConstantTransit_HasNoJitter()
    {
        var stats = new RtpReceiveStatistics();
        for (ushort i = 0; i < 50; i++)
        {
            stats.Update(new RtpHeader(false, 0, i, i * 160u, 1), (i * 160) + 1234);
        }

        Assert.Equal(0u, stats.Jitter);
    }

    [Fact]
    public void Statistics_AlternatingTransit_ConvergesToTheRfc3550Estimate()
    {
        var stats = new RtpReceiveStatistics();
        for (ushort i = 0; i < 400; i++)
        {
            stats.Update(new RtpHeader(false, 0, i, i * 160u, 1), (i * 160) + (i % 2 == 0 ? 0 : 80));
        }

        // |D| is 80 every packet; J += (|D| − J)/16 converges to 80.
        Assert.InRange(stats.Jitter, 78u, 80u);
    }
}
