using Conformance.Rtc.Media;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Media;

/// <summary>The pacer on a manual clock: ticks land on start + n × 20 ms, lateness is measured, never accumulated.</summary>
public sealed class MediaPacerTests
{
    [Fact]
    public async Task MediaPacer_StalledClock_CatchesUpWithoutShiftingTheSchedule()
    {
        var clock = new ManualTimeProvider();
        var pacer = new MediaPacer(clock, TimeSpan.FromMilliseconds(20));
        var start = clock.GetTimestamp();
        var ticks = new List<(long N, TimeSpan At)>();
        var run = pacer.RunAsync(n =>
        {
            ticks.Add((n, clock.GetElapsedTime(start)));
            return n < 9;
        }, CancellationToken.None);

        // Ticks 0-3 on time, then the process "stalls" 30 ms: tick 4 runs late; tick 5 is on time again.
        for (var i = 0; i < 4; i++)
        {
            await WaitUntilAsync(() => ticks.Count == i + 1 && clock.PendingTimers == 1);
            clock.Advance(TimeSpan.FromMilliseconds(i == 3 ? 30 : 20));
        }

        await WaitUntilAsync(() => ticks.Count == 5 && clock.PendingTimers == 1);
        for (var i = 5; i < 10; i++)
        {
            await WaitUntilAsync(() => ticks.Count == i && clock.PendingTimers == 1);
            clock.Advance(TimeSpan.FromMilliseconds(20) - (i == 5 ? TimeSpan.FromMilliseconds(10) : TimeSpan.Zero));
        }

        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(0, 10).Select(n => (long)n), ticks.Select(t => t.N));
        Assert.Equal(TimeSpan.FromMilliseconds(90), ticks[4].At);   // due at 80, ran at 90
        Assert.Equal(TimeSpan.FromMilliseconds(100), ticks[5].At);  // due at 100: back on schedule
        Assert.Equal(TimeSpan.FromMilliseconds(10), pacer.Lateness.Max);
        Assert.Equal(10, pacer.Lateness.Count);
    }

    [Fact]
    public void LatenessHistogram_Percentiles_AreBucketUpperEdges()
    {
        var histogram = new LatenessHistogram();
        for (var i = 0; i < 99; i++)
        {
            histogram.Record(TimeSpan.FromMilliseconds(1));
        }

        histogram.Record(TimeSpan.FromMilliseconds(30));

        Assert.Equal(TimeSpan.FromMicroseconds(1050), histogram.Percentile(50));
        Assert.Equal(TimeSpan.FromMicroseconds(1050), histogram.Percentile(99));
        Assert.Equal(TimeSpan.FromMicroseconds(30050), histogram.Percentile(100));
        Assert.Equal(TimeSpan.FromMilliseconds(30), histogram.Max);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10), TimeProvider.System);
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, cts.Token);
        }
    }
}
