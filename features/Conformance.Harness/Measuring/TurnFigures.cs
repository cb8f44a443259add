using Conformance.Audio;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Measuring;

/// <summary>
/// The figures of turn-semantics §6, computed from what the caller sent (<see cref="CallerUtterance"/>)
/// and heard (<see cref="AgentEarSnapshot"/>), each with its uncertainty. Pure functions: no
/// clock, no sockets; unit-tested on synthetic signals.
/// </summary>
public static class TurnFigures
{
    public const string TurnGapName = "turn gap";
    public const string BargeInStopName = "barge-in stop latency";
    public const string ClearLatencyName = "clear latency";
    public const string AudioLeakName = "audio leak after barge-in onset";
    public const string TruncateErrorName = "truncate position error";
    public const string AgentOnsetName = "agent audible onset";

    /// <summary>
    /// Agent audible onset − caller speech end, for the first agent speech heard after the caller
    /// began (so a reply that starts inside the caller's turn gives a negative gap). Null when the
    /// agent said nothing after the caller began.
    /// </summary>
    public static Measurement? TurnGap(CallerUtterance caller, AgentEarSnapshot ear, string? specId = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(ear);
        var reply = ear.FirstSpeechFrom(caller.OnsetMs);
        return reply is null
            ? null
            : Measurement.Interval(TurnGapName, caller.EndMs, reply.StartMs, MeasurementRules.CallerEdgeMs + MeasurementRules.AgentEdgeMs, specId);
    }

    /// <summary>
    /// Last audible agent sample − caller speech onset, for the agent audio that was playing when
    /// the caller began (0 when the agent was already silent). Null when no agent audio was being
    /// played at the caller's onset.
    /// </summary>
    public static Measurement? BargeInStopLatency(double callerOnsetMs, AgentEarSnapshot ear, string? specId = null)
    {
        ArgumentNullException.ThrowIfNull(ear);
        if (PlayingAt(callerOnsetMs, ear) is not { } range)
        {
            return null;
        }

        var rangeEnd = Ms(range.End, ear.SampleRate);
        var lastAudible = ear.Segments
            .Where(s => s.EndMs > callerOnsetMs && s.StartMs < rangeEnd)
            .Select(s => Math.Min(s.EndMs, rangeEnd))
            .DefaultIfEmpty(callerOnsetMs)
            .Max();
        return Measurement.Interval(BargeInStopName, callerOnsetMs, Math.Max(callerOnsetMs, lastAudible), MeasurementRules.CallerEdgeMs + MeasurementRules.AgentEdgeMs, specId);
    }

    /// <summary>Arrival of the protocol's clear − caller speech onset.</summary>
    public static Measurement ClearLatency(double clearAtMs, double callerOnsetMs, string? specId = null) =>
        Measurement.Interval(ClearLatencyName, callerOnsetMs, clearAtMs, MeasurementRules.WireEventMs + MeasurementRules.CallerEdgeMs, specId);

    /// <summary>Agent audio played out while the caller was speaking (from the onset to the end of the utterance that barged in).</summary>
    public static Measurement AudioLeak(CallerUtterance caller, AgentEarSnapshot ear, string? specId = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(ear);
        var leaked = ear.PlayedMsFrom(caller.OnsetMs) - ear.PlayedMsFrom(caller.EndMs);
        return new Measurement(AudioLeakName, leaked, MeasurementRules.PlayedAudioMs + MeasurementRules.CallerEdgeMs, null, null, null, MeasurementVerdict.Info, specId)
        {
            Note = "agent audio played out between the caller's speech onset and end",
        };
    }

    /// <summary>
    /// The played position an agent reported (a journal's cut, a truncate's <c>audio_end_ms</c>)
    /// − the agent audio of that response the caller actually heard. Exact to the mark granularity.
    /// </summary>
    public static Measurement TruncatePositionError(double reportedPlayedMs, double heardMs, string? specId = null) =>
        new(TruncateErrorName, reportedPlayedMs - heardMs, MeasurementRules.FrameMs, null, null, null, MeasurementVerdict.Info, specId)
        {
            Note = $"reported {MeasurementJudging.F(reportedPlayedMs)} ms played; the caller heard {MeasurementJudging.F(heardMs)} ms",
        };

    /// <summary>
    /// The agent audio of the response playing at <paramref name="atMs"/> that the caller heard
    /// (from the start of that run of agent audio to where it stopped), in ms.
    /// </summary>
    public static double? HeardOfResponseAt(double atMs, AgentEarSnapshot ear)
    {
        ArgumentNullException.ThrowIfNull(ear);
        return PlayingAt(atMs, ear) is { } range ? Ms(range.Length, ear.SampleRate) : null;
    }

    /// <summary>The run of agent audio being played at <paramref name="atMs"/> (a run may continue within one frame of it).</summary>
    private static SampleRange? PlayingAt(double atMs, AgentEarSnapshot ear)
    {
        var at = SampleClock.FromMilliseconds(atMs, ear.SampleRate);
        var slack = SampleClock.FromMilliseconds(MeasurementRules.FrameMs, ear.SampleRate);
        foreach (var range in PlayedRanges.Runs(ear.Played, ear.SampleRate))
        {
            if (range.Start <= at && at < range.End + slack)
            {
                return range;
            }
        }

        return null;
    }

    private static double Ms(long samples, int rate) => SampleClock.ToMilliseconds(samples, rate);
}
