using Conformance.Harness.Reporting;

namespace Conformance.Harness.Tests.Reporting;

public sealed class TimelineTrackTests
{
    [Fact]
    public void FromPcm_WholeBuckets_HoldsEachBucketsMinAndMax()
    {
        short[] samples = [1, -2, 3, 4, /**/ -5, 6, 0, 0, /**/ 7];

        // 1000 Hz, 4 ms buckets: 4 samples each, the last bucket short.
        var track = TimelineTrack.FromPcm("t", TrackRole.Caller, samples, 1000, 100, 4);

        Assert.Equal([-2, -5, 7], track.Min);
        Assert.Equal([4, 6, 7], track.Max);
        Assert.Equal(100, track.StartMs);
        Assert.Equal(9, track.DurationMs);
        Assert.Equal(109, track.EndMs);
    }

    [Fact]
    public void FromPcm_FractionalSamplesPerBucket_CountsEverySampleOnce()
    {
        // 11025 Hz × 10 ms = 110.25 samples per bucket: edges at 0, 110, 220, 330, 441…
        var samples = new short[1000];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)i;
        }

        var track = TimelineTrack.FromPcm("t", TrackRole.Agent, samples, 11025, 0);

        Assert.Equal(10, track.Min.Count);
        Assert.Equal([0, 110, 220, 330, 441], track.Min.Take(5));
        Assert.Equal([109, 219, 329, 440, 550], track.Max.Take(5));
        Assert.Equal(999, track.Max[^1]);
    }

    [Fact]
    public void FromPcm_Empty_HasNoBuckets()
    {
        var track = TimelineTrack.FromPcm("t", TrackRole.Caller, [], 8000, 5);

        Assert.Empty(track.Min);
        Assert.Equal(0, track.DurationMs);
    }

    [Fact]
    public void FromPcm_ThreeSecondsAt8k_Is300Buckets()
    {
        var track = TimelineTrack.FromPcm("t", TrackRole.Caller, SampleTimelines.Tone(3000, 1000), 8000, 0);

        Assert.Equal(300, track.Max.Count);
        Assert.All(track.Max, p => Assert.InRange(p, 990, 1000));
    }

    [Theory]
    [InlineData(0, 10.0, 0.0)]
    [InlineData(8000, 0.0, 0.0)]
    [InlineData(8000, double.NaN, 0.0)]
    [InlineData(8000, 10.0, double.PositiveInfinity)]
    public void FromPcm_BadArguments_Throw(int rate, double msPerBucket, double startMs) =>
        Assert.ThrowsAny<ArgumentException>(() => TimelineTrack.FromPcm("t", TrackRole.Caller, new short[10], rate, startMs, msPerBucket));
}
