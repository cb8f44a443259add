using Conformance.Harness.Drivers;
using Conformance.Harness.Measuring;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Calls;

/// <summary>
/// What the turn-timing steps check (turn-semantics §1–2, §6). Two figures per reply: the turn
/// gap of §6 (caller's last voiced sample to the reply's first audible sample), held to the
/// target's budget and never shorter than the trailing silence; and on an emulator the reply
/// start (first agent sample played), which the rules fix exactly: caller end + trailing silence +
/// think latency, each rounded up to the 20 ms frame (TURN-060).
/// </summary>
public static class TurnTaking
{
    /// <summary>The emulator decides on 20 ms frames: a rule's instant may fall up to one frame late.</summary>
    public const double FrameRoundingMs = MeasurementRules.FrameMs;

    public static CallerUtterance LastUtterance(VoiceScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.LastSaid ?? throw new InvalidOperationException("The caller has not said anything yet.");
    }

    public static async Task ExpectReplyAfterSilenceAsync(VoiceScenario scenario, int silenceMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var said = LastUtterance(scenario);
        var timeout = said.DurationMs + silenceMs + AgentPlan.ThinkLatencyMs + scenario.Budgets.TurnGapMs + 3000;
        await scenario.Leg.WaitForAsync(
            s => s.Ear.FirstSpeechFrom(said.OnsetMs) is not null && s.Ear.PlayedRunFrom(said.OnsetMs) is not null,
            timeout, $"agent reply to the caller's '{said.ClipId}'", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var gap = TurnFigures.TurnGap(said, seen.Ear, "TURN-060")!.AtLeast(silenceMs).WithinBudgetOf(scenario.Budgets.TurnGapMs);
        var run = seen.Ear.PlayedRunFrom(said.OnsetMs)!.Value;
        var start = Measurement.Interval("reply start after the caller's end", said.EndMs, run.StartMs, MeasurementRules.CallerEdgeMs + MeasurementRules.PlayedAudioMs, "TURN-060");
        if (await scenario.JournalAsync(cancellationToken) is { } journal)
        {
            // TURN-060: the rules fix the reply's first sample; the journal says where the emulator put it.
            var end = journal.Require(journal.First("media.vad.end", said.OnsetMs - MeasurementRules.FrameMs, e => e.Text("disposition") == "commit"), "speech end that commits, after the caller began");
            var clip = journal.Require(journal.First("media.clip.start", end.MediaTimeMs!.Value, e => e.Text("purpose") == "reply"), "reply clip start after the commit");
            var journalStart = clip.MediaTimeMs!.Value - end.MediaTimeMs!.Value;
            var onset = scenario.ModelClips.SpeechOnsetMs(clip.Text("clip") ?? "");
            start = start.Expecting(silenceMs + AgentPlan.ThinkLatencyMs, FrameRoundingMs).AgreeingWithJournal(journalStart, MeasurementRules.JournalMs);
            gap = gap.AgreeingWithJournal(journalStart + onset, MeasurementRules.JournalMs);
        }
        else
        {
            start = start.AtLeast(silenceMs);
        }

        scenario.Record(gap);
        scenario.Record(start);
    }

    /// <summary>No agent audio from the caller's onset until <paramref name="quietMs"/> after the caller stopped.</summary>
    public static async Task ExpectSilenceAfterCallerAsync(VoiceScenario scenario, int quietMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var said = LastUtterance(scenario);
        var until = said.EndMs + quietMs;
        await scenario.Leg.WaitForAsync(s => s.NowMs >= until, said.DurationMs + quietMs + 2000, $"{quietMs} ms after the caller's '{said.ClipId}'", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var heard = seen.Ear.PlayedMsBetween(said.OnsetMs, until);
        if (heard > 0)
        {
            var run = seen.Ear.PlayedRunFrom(said.OnsetMs);
            throw new HarnessAssertionException(
                $"The agent spoke after the caller's '{said.ClipId}' ({heard:0} ms of audio from {run?.StartMs:0} ms on the stream; the caller spoke {said.OnsetMs:0}–{said.EndMs:0} ms): it was not a turn (TURN-013).");
        }
    }

    /// <summary>No agent audio from the start of the call for <paramref name="quietMs"/>.</summary>
    public static async Task ExpectSilenceFromStartAsync(VoiceScenario scenario, int quietMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await scenario.Leg.WaitForAsync(s => s.NowMs >= quietMs, quietMs + 2000, $"{quietMs} ms of the call", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        if (seen.Ear.PlayedMsBetween(0, quietMs) > 0)
        {
            throw new HarnessAssertionException(
                $"The agent spoke first (agent audio from {seen.Ear.PlayedRunFrom(0)?.StartMs:0} ms on the stream) although the caller was to speak first (TURN-061).");
        }
    }

    /// <summary>The reply does not start before the caller's last voiced sample.</summary>
    public static async Task ExpectNoReplyBeforeCallerFinishedAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var said = LastUtterance(scenario);
        await scenario.Leg.WaitForAsync(s => s.NowMs >= said.EndMs + MeasurementRules.FrameMs, said.DurationMs + 2000, $"the end of '{said.ClipId}'", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var heard = seen.Ear.PlayedMsBetween(said.OnsetMs, said.EndMs);
        if (heard > 0)
        {
            throw new HarnessAssertionException(
                $"The agent answered inside the caller's turn (agent audio from {seen.Ear.PlayedRunFrom(said.OnsetMs)?.StartMs:0} ms; the caller spoke until {said.EndMs:0} ms, pauses included): a pause shorter than the threshold ended the turn (TURN-004).");
        }
    }

    /// <summary>Nothing new from the agent after its greeting, up to <paramref name="quietMs"/> after the caller's speech over it (TURN-022: ignored speech is no turn).</summary>
    public static async Task ExpectNoAnswerAfterGreetingAsync(VoiceScenario scenario, int quietMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var said = LastUtterance(scenario);
        var until = said.EndMs + quietMs;
        await scenario.Leg.WaitForAsync(s => s.NowMs >= until, said.DurationMs + quietMs + 10_000, $"{quietMs} ms after the caller's '{said.ClipId}'", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var greeting = seen.Ear.PlayedRunFrom(0) ?? throw new HarnessAssertionException("The agent never greeted.");
        if (seen.Ear.PlayedRunFrom(greeting.EndMs + 1) is { } next && next.StartMs < until)
        {
            throw new HarnessAssertionException(
                $"The agent answered what the caller said over its non-interruptible greeting (agent audio from {next.StartMs:0} ms; the greeting ended at {greeting.EndMs:0} ms) (TURN-022).");
        }
    }
}
