using Conformance.Audio;

namespace Conformance.Harness.Measuring;

/// <summary>Questions about the ranges of agent audio played out, shared by the live ear and its snapshots (times in ms on the stream).</summary>
public static class PlayedRanges
{
    /// <summary>Agent audio played at or after <paramref name="fromMs"/>, in ms.</summary>
    public static double MsFrom(IReadOnlyList<SampleRange> played, int rate, double fromMs)
    {
        ArgumentNullException.ThrowIfNull(played);
        var from = SampleClock.FromMilliseconds(fromMs, rate);
        long total = 0;
        foreach (var range in played)
        {
            total += range.CountFrom(from);
        }

        return SampleClock.ToMilliseconds(total, rate);
    }

    /// <summary>Agent audio played in [<paramref name="fromMs"/>, <paramref name="toMs"/>), in ms.</summary>
    public static double MsBetween(IReadOnlyList<SampleRange> played, int rate, double fromMs, double toMs) =>
        Math.Max(0, MsFrom(played, rate, fromMs) - MsFrom(played, rate, toMs));

    /// <summary>The first run of agent audio that starts at or after <paramref name="fromMs"/>, as (start, end) ms.</summary>
    public static (double StartMs, double EndMs)? FirstStartingFrom(IReadOnlyList<SampleRange> played, int rate, double fromMs)
    {
        ArgumentNullException.ThrowIfNull(played);
        var from = SampleClock.FromMilliseconds(fromMs, rate);
        foreach (var range in played)
        {
            if (range.Start >= from)
            {
                return (SampleClock.ToMilliseconds(range.Start, rate), SampleClock.ToMilliseconds(range.End, rate));
            }
        }

        return null;
    }

    /// <summary>The run of agent audio playing at <paramref name="atMs"/> (or ending within one frame before it), as (start, end) ms.</summary>
    public static (double StartMs, double EndMs)? At(IReadOnlyList<SampleRange> played, int rate, double atMs)
    {
        ArgumentNullException.ThrowIfNull(played);
        var at = SampleClock.FromMilliseconds(atMs, rate);
        var slack = SampleClock.FromMilliseconds(MeasurementRules.FrameMs, rate);
        foreach (var range in played)
        {
            if (range.Start <= at && at < range.End + slack)
            {
                return (SampleClock.ToMilliseconds(range.Start, rate), SampleClock.ToMilliseconds(range.End, rate));
            }
        }

        return null;
    }
}
