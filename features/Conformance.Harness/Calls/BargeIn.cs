using Conformance.Harness.Drivers;
using Conformance.Harness.Measuring;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Calls;

/// <summary>
/// What the barge-in steps do and check (turn-semantics §3, §6). On an emulator the rules fix
/// when the agent's audio stops: instant at the end of the caller's first voiced frame
/// (TURN-020), hold-and-confirm when the caller's voiced extent reaches the confirm window
/// (TURN-021), each on the frame grid; a real deployment is held to the profile's budgets.
/// </summary>
public static class BargeIn
{
    /// <summary>Waits until the agent's reply (or greeting) has played for <paramref name="delayMs"/>, then has the caller say <paramref name="clipId"/>.</summary>
    public static async Task SayIntoAgentAudioAsync(VoiceScenario scenario, string clipId, int delayMs, bool intoGreeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var from = intoGreeting ? 0 : TurnTaking.LastUtterance(scenario).OnsetMs;
        var what = intoGreeting ? "the agent's greeting" : "the agent's reply";
        await scenario.Leg.WaitForAsync(
            s => s.Ear.PlayedRunFrom(from) is { } run && s.NowMs >= run.StartMs + delayMs,
            delayMs + scenario.Budgets.TurnGapMs + 10_000, $"{delayMs} ms of {what}", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var run = seen.Ear.PlayedRunFrom(from)!.Value;
        if (run.EndMs < seen.NowMs - MeasurementRules.FrameMs)
        {
            throw new HarnessAssertionException($"{what} ended at {run.EndMs:0} ms, before the caller was to speak {delayMs} ms into it.");
        }

        await scenario.SayAsync(clipId, cancellationToken);
    }

    /// <summary>The agent's audio stops <paramref name="expectedMs"/> after the caller's onset (the played run and the audible speech).</summary>
    public static async Task ExpectStopAsync(VoiceScenario scenario, int expectedMs, CancellationToken cancellationToken)
    {
        var (said, seen) = await AfterBargeAsync(scenario, cancellationToken);
        var run = seen.Ear.PlayedRunAt(said.OnsetMs)
            ?? throw new HarnessAssertionException($"The agent was not speaking when the caller started at {said.OnsetMs:0} ms: nothing to interrupt.");
        var stop = Measurement.Interval("agent audio stop after the caller's onset", said.OnsetMs, run.EndMs,
            MeasurementRules.CallerEdgeMs + MeasurementRules.PlayedAudioMs, scenario.Agent.BargeIn == "instant" ? "TURN-020" : "TURN-021");
        if (await scenario.JournalAsync(cancellationToken) is { } journal)
        {
            var (speechStart, cut) = JournalCut(journal, said);
            stop = stop.Expecting(expectedMs, TurnTaking.FrameRoundingMs).AgreeingWithJournal(cut - speechStart, MeasurementRules.JournalMs);
        }
        else
        {
            stop = stop.WithinBudgetOf(Math.Max(expectedMs, scenario.Budgets.BargeInStopMs));
        }

        scenario.Record(stop);
        var audible = TurnFigures.BargeInStopLatency(said.OnsetMs, seen.Ear, "TURN-023")!
            .WithinBudgetOf(Math.Max(expectedMs + TurnTaking.FrameRoundingMs, scenario.Budgets.BargeInStopMs));
        scenario.Record(audible);
    }

    /// <summary>At most <paramref name="leakMs"/> of agent audio heard while the caller spoke.</summary>
    public static async Task ExpectLeakAtMostAsync(VoiceScenario scenario, int leakMs, CancellationToken cancellationToken)
    {
        var (said, seen) = await AfterBargeAsync(scenario, cancellationToken);
        var leak = TurnFigures.AudioLeak(said, seen.Ear, "TURN-023");
        leak = scenario.Session.IsEmulator
            ? leak.WithinBudgetOf(leakMs + TurnTaking.FrameRoundingMs)
            : leak.WithinBudgetOf(Math.Max(leakMs, scenario.Budgets.AudioLeakMs));
        scenario.Record(leak);
    }

    /// <summary>The protocol's clear arrived within <paramref name="withinMs"/> of the caller's onset.</summary>
    public static async Task ExpectClearWithinAsync(VoiceScenario scenario, int withinMs, CancellationToken cancellationToken)
    {
        var (said, seen) = await AfterBargeAsync(scenario, cancellationToken);
        var clear = seen.Clears.Where(c => c >= said.OnsetMs - MeasurementRules.FrameMs).Select(c => (double?)c).FirstOrDefault()
            ?? throw new HarnessAssertionException($"No clear arrived after the caller started speaking at {said.OnsetMs:0} ms (clears at: {string.Join(", ", seen.Clears.Select(c => $"{c:0}"))}).");
        var latency = TurnFigures.ClearLatency(clear, said.OnsetMs, "TURN-023").WithinBudgetOf(withinMs);
        if (await scenario.JournalAsync(cancellationToken) is { } journal)
        {
            // TURN-023: the clear goes out in the tick of the cut.
            var (speechStart, cut) = JournalCut(journal, said);
            latency = latency.AgreeingWithJournal(cut - speechStart, MeasurementRules.JournalMs);
        }

        scenario.Record(latency);
    }

    /// <summary>The agent kept talking through a continuer: its audio did not stop while or after the caller spoke.</summary>
    public static async Task ExpectKeepsTalkingAsync(VoiceScenario scenario, string clipId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var said = TurnTaking.LastUtterance(scenario);
        var confirm = scenario.Agent.BargeConfirmMs ?? 300;
        await scenario.Leg.WaitForAsync(s => s.NowMs >= said.EndMs + confirm, said.DurationMs + confirm + 2000, $"the end of '{clipId}' and the confirm window", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var run = seen.Ear.PlayedRunAt(said.OnsetMs)
            ?? throw new HarnessAssertionException($"The agent was not speaking when the caller said '{clipId}' at {said.OnsetMs:0} ms.");
        // Not cut because the speech was a continuer (hold-and-confirm), or because the mic was guarded.
        var rule = scenario.Agent.MicGuardMs is null ? "TURN-021" : "TURN-030";
        var heard = Measurement.Interval("agent audio after the caller's onset", said.OnsetMs, run.EndMs, MeasurementRules.CallerEdgeMs + MeasurementRules.PlayedAudioMs, rule)
            .AtLeast(said.EndMs - said.OnsetMs + confirm);
        scenario.Record(heard);
        if (seen.Clears.Any(c => c >= said.OnsetMs - MeasurementRules.FrameMs))
        {
            throw new HarnessAssertionException($"The agent sent a clear at {seen.Clears.First(c => c >= said.OnsetMs - MeasurementRules.FrameMs):0} ms for the caller's '{clipId}'.");
        }
    }

    public static async Task ExpectNoClearAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        if (seen.Clears.Count > 0)
        {
            throw new HarnessAssertionException($"The agent sent a clear at {seen.Clears[0]:0} ms.");
        }
    }

    /// <summary>After the clear, none of the cut reply's audio reached the caller's buffer: the next agent audio is a new reply, after the caller stopped.</summary>
    public static async Task ExpectNothingAfterClearAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        var (said, seen) = await AfterBargeAsync(scenario, cancellationToken);
        var clear = seen.Clears.Where(c => c >= said.OnsetMs - MeasurementRules.FrameMs).Select(c => (double?)c).FirstOrDefault()
            ?? throw new HarnessAssertionException($"No clear arrived after the caller started speaking at {said.OnsetMs:0} ms.");
        var after = new Measurement("agent audio after the clear", seen.Ear.PlayedMsBetween(clear + MeasurementRules.FrameMs, said.EndMs),
            MeasurementRules.PlayedAudioMs, null, null, null, MeasurementVerdict.Info, "TURN-023")
        {
            Note = $"agent audio played between the clear ({clear:0} ms) and the end of the caller's speech ({said.EndMs:0} ms)",
        }.WithinBudgetOf(0);
        scenario.Record(after);
    }

    /// <summary>The agent marked its audio: marks arrived, and some were echoed as played.</summary>
    public static async Task ExpectMarksAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        if (!seen.Marks.Any(m => m.Outcome == "played"))
        {
            throw new HarnessAssertionException(
                $"The agent placed {seen.Marks.Count} marks and none was echoed as played: without marks it cannot know what the caller heard (MARK-002).");
        }
    }

    /// <summary>Every message the agent sent parsed under the provider's rules (warnings are logged, errors fail).</summary>
    public static async Task ExpectValidProtocolAsync(VoiceScenario scenario, string provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        if (!string.Equals(seen.Transport, provider, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The caller is on {seen.Transport}, not {provider}.");
        }

        var errors = seen.Errors.ToList();
        if (errors.Count > 0)
        {
            throw new HarnessAssertionException(
                $"The agent sent {errors.Count} message(s) {provider} would reject:\n  " + string.Join("\n  ", errors.Take(10).Select(e => $"{e.Violation} in {e.Raw}")));
        }
    }

    /// <summary>
    /// The played position the agent recorded when the caller cut its reply (what a truncate would
    /// carry) against what the caller heard of that reply. On a media stream the agent knows only
    /// the marks echoed as played, so it may lag by a chunk in flight but must never overstate
    /// (MARK-002); on WebRTC it counts samples sent, so it may lead by a packet in flight.
    /// </summary>
    public static async Task ExpectPlayedPositionAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        var (said, seen) = await AfterBargeAsync(scenario, cancellationToken);
        var journal = await scenario.JournalAsync(cancellationToken)
            ?? throw new HarnessAssertionException("The played position an agent recorded is in the emulator's journal; this scenario is @emulator-only.");
        var cut = journal.Require(journal.First("media.clip.cut", said.OnsetMs - MeasurementRules.FrameMs, e => e.Text("reason") == "barge_in"), "barge-in cut after the caller began");
        var played = cut.Number("played_ms") ?? throw new HarnessAssertionException($"The journal's cut carries no played_ms: {cut}");
        var run = seen.Ear.PlayedRunAt(said.OnsetMs) ?? throw new HarnessAssertionException($"The agent was not speaking when the caller began at {said.OnsetMs:0} ms.");
        var heard = run.EndMs - run.StartMs;
        var mediaStream = scenario.Call.Leg is Drivers.Streams.MediaStreamCall;
        var error = TurnFigures.TruncatePositionError(played, heard, "TURN-024") with { UncertaintyMs = 0 };
        error = mediaStream ? error.Expecting(-MeasurementRules.FrameMs / 2, (MeasurementRules.FrameMs / 2) + 1) : error.Expecting(MeasurementRules.FrameMs / 2, (MeasurementRules.FrameMs / 2) + MeasurementRules.FrameMs);
        scenario.Record(error);
    }

    private static (double SpeechStart, double Cut) JournalCut(Emulator.JournalFacts journal, CallerUtterance said)
    {
        var barge = journal.Require(journal.First("media.barge_in", said.OnsetMs - MeasurementRules.FrameMs), "barge-in after the caller began");
        var cut = journal.Require(journal.First("media.clip.cut", said.OnsetMs - MeasurementRules.FrameMs, e => e.Text("reason") == "barge_in"), "barge-in cut after the caller began");
        return (barge.Number("speech_start_ms") ?? barge.MediaTimeMs!.Value, cut.MediaTimeMs!.Value);
    }

    private static async Task<(CallerUtterance Said, CallObservation Seen)> AfterBargeAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var said = TurnTaking.LastUtterance(scenario);
        await scenario.Leg.WaitForAsync(s => s.NowMs >= said.EndMs, said.DurationMs + 2000, $"the end of the caller's '{said.ClipId}'", cancellationToken);
        return (said, await scenario.Leg.ObserveAsync(cancellationToken));
    }
}
