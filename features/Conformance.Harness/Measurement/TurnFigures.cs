using Conformance.Audio;

namespace Conformance.Harness.Measurement;

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
    public static MeasuredFigure? TurnGap(CallerUtterance caller, AgentEarSnapshot ear)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(ear);
        var reply = ear.FirstSpeechFrom(caller.OnsetMs);
        return reply is null
            ? null
            : new MeasuredFigure(TurnGapName, reply.StartMs - caller.EndMs, MeasurementRules.CallerEdgeMs + MeasurementRules.AgentEdgeMs);
    }

    /// <summary>
    /// Last audible agent sample − caller speech onset, for the agent audio that was playing when
    /// the caller began (0 when the agent was already silent). Null when no agent audio was being
    /// played at the caller's onset.
    /// </summary>
    public static MeasuredFigure? BargeInStopLatency(double callerOnsetMs, AgentEarSnapshot ear)
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
        return new MeasuredFigure(BargeInStopName, Math.Max(0, lastAudible - callerOnsetMs), MeasurementRules.CallerEdgeMs + MeasurementRules.AgentEdgeMs);
    }

    /// <summary>Arrival of the protocol's clear − caller speech onset.</summary>
    public static MeasuredFigure ClearLatency(double clearAtMs, double callerOnsetMs) =>
        new(ClearLatencyName, clearAtMs - callerOnsetMs, MeasurementRules.WireEventMs + MeasurementRules.CallerEdgeMs);

    /// <summary>Agent audio played out while the caller was speaking (from the onset to the end of the utterance that barged in).</summary>
    public static MeasuredFigure AudioLeak(CallerUtterance caller, AgentEarSnapshot ear)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(ear);
        var leaked = ear.PlayedMsFrom(caller.OnsetMs) - ear.PlayedMsFrom(caller.EndMs);
        return new MeasuredFigure(AudioLeakName, leaked, MeasurementRules.PlayedAudioMs + MeasurementRules.CallerEdgeMs);
    }

    /// <summary>
    /// The played position an agent reported (a journal's cut, a truncate's <c>audio_end_ms</c>)
    /// − the agent audio of that response the caller actually heard. Exact to the mark granularity.
    /// </summary>
    public static MeasuredFigure TruncatePositionError(double reportedPlayedMs, double heardMs) =>
        new(TruncateErrorName, reportedPlayedMs - heardMs, MeasurementRules.FrameMs);

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
        foreach (var range in ear.Played)
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
