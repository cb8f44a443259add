using Conformance.Audio;

namespace Conformance.Harness.Measuring;

/// <summary>
/// Questions about the ranges of agent audio played out, shared by the live ear and its
/// snapshots (times in ms on the stream). A "run" is the agent's audio as a listener groups it:
/// ranges apart by less than <see cref="BridgeMs"/> (an underrun of a frame or two while the
/// agent's audio arrives late) are one run, so a glitch does not end a reply; sums of played
/// audio still count only what played.
/// </summary>
public static class PlayedRanges
{
    /// <summary>Gaps shorter than this inside agent audio do not split a run (five frames).</summary>
    public const double BridgeMs = 100;

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
        foreach (var run in Runs(played, rate))
        {
            if (run.Start >= from)
            {
                return (SampleClock.ToMilliseconds(run.Start, rate), SampleClock.ToMilliseconds(run.End, rate));
            }
        }

        return null;
    }

    /// <summary>The played ranges joined across gaps shorter than <see cref="BridgeMs"/>.</summary>
    public static IEnumerable<SampleRange> Runs(IReadOnlyList<SampleRange> played, int rate)
    {
        ArgumentNullException.ThrowIfNull(played);
        var bridge = SampleClock.FromMilliseconds(BridgeMs, rate);
        SampleRange? current = null;
        foreach (var range in played)
        {
            if (current is { } run && range.Start - run.End < bridge)
            {
                current = run with { End = range.End };
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = range;
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The run of agent audio playing at <paramref name="atMs"/> (or ending within one frame before it), as (start, end) ms.</summary>
    public static (double StartMs, double EndMs)? At(IReadOnlyList<SampleRange> played, int rate, double atMs)
    {
        ArgumentNullException.ThrowIfNull(played);
        var at = SampleClock.FromMilliseconds(atMs, rate);
        var slack = SampleClock.FromMilliseconds(MeasurementRules.FrameMs, rate);
        foreach (var run in Runs(played, rate))
        {
            if (run.Start <= at && at < run.End + slack)
            {
                return (SampleClock.ToMilliseconds(run.Start, rate), SampleClock.ToMilliseconds(run.End, rate));
            }
        }

        return null;
    }
}
