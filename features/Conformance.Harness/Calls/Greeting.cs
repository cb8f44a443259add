using Conformance.Audio;
using Conformance.Harness.Measuring;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Calls;

/// <summary>The agent's first message: waiting for it, when it started, whether it played to the end, how faithful it sounded.</summary>
public static class Greeting
{
    /// <summary>Agent audio must pause this long for a message to count as finished.</summary>
    public const double EndedAfterMs = 300;

    public const string ClipId = "greeting";

    public static Task StartedAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Leg.WaitForAsync(s => s.Ear.FirstSpeechFrom(0) is not null, 8000, "the agent's greeting", cancellationToken);
    }

    public static async Task FinishedAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await StartedAsync(scenario, cancellationToken);
        await scenario.Leg.WaitForAsync(
            s => s.Ear.PlayedRunFrom(0) is { } run && s.NowMs >= run.EndMs + EndedAfterMs,
            20_000, "the end of the agent's greeting", cancellationToken);
    }

    /// <summary>The caller hears the greeting: audible agent speech, at least a second of it (or all of it).</summary>
    public static async Task HeardAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await scenario.Leg.WaitForAsync(
            s => s.Ear.Segments is { Count: > 0 } segments && (segments.Sum(x => x.DurationMs) >= 1000 || !s.Ear.AgentPlaying),
            8000, "an audible greeting", cancellationToken);
    }

    public static async Task ExpectStartWithinAsync(VoiceScenario scenario, int withinMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await StartedAsync(scenario, cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var run = seen.Ear.PlayedRunFrom(0)!.Value;
        scenario.Record(Measurement.Interval("greeting start after media start", 0, run.StartMs, MeasurementRules.PlayedAudioMs, "TURN-061").WithinBudgetOf(withinMs));
    }

    /// <summary>
    /// The greeting as heard, against the model clip at the leg's rate (aligned by
    /// cross-correlation): its SNR in dB must reach <paramref name="minimumDb"/>. Emulator targets
    /// only: a real deployment's audio is not a known clip.
    /// </summary>
    public static async Task ExpectSnrAsync(VoiceScenario scenario, double minimumDb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!scenario.Session.IsEmulator)
        {
            throw new HarnessAssertionException("Comparing the agent's audio with its source needs the emulator's clip; this scenario is @emulator-only.");
        }

        await FinishedAsync(scenario, cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var run = seen.Ear.PlayedRunFrom(0)!.Value;
        var reference = scenario.ModelClips.Pcm(ClipId, seen.Ear.SampleRate);

        // Each run of played audio aligned by itself: a stall that left holes in the greeting
        // moves its pieces, it does not make the codec worse (PiecewiseSnr).
        var rate = seen.Ear.SampleRate;
        var pieces = seen.Ear.Played.Where(p => p.End * 1000.0 / rate > run.StartMs - MeasurementRules.FrameMs && p.Start * 1000.0 / rate < run.EndMs + MeasurementRules.FrameMs).ToList();
        var snr = PiecewiseSnr.Compute(seen.Ear.Pcm.Span, pieces, reference, rate)
            ?? throw new HarnessAssertionException($"The greeting was heard only in pieces shorter than {PiecewiseSnr.MinPieceMs:0} ms: nothing to compare with its clip.");
        if (pieces.Count > 1)
        {
            scenario.Note($"the greeting was heard in {pieces.Count} pieces (holes where the agent's audio was late)");
        }

        var verdict = snr >= minimumDb ? MeasurementVerdict.Pass : MeasurementVerdict.Fail;
        scenario.Note($"SNR of the greeting heard at {seen.Ear.SampleRate} Hz ({seen.Codec}) against its clip: {snr:0.0} dB (at least {minimumDb:0} dB): {verdict.ToString().ToLowerInvariant()}");
        if (verdict == MeasurementVerdict.Fail)
        {
            throw new HarnessAssertionException(
                $"The greeting heard over {seen.Codec} is only {snr:0.0} dB above its distortion (at least {minimumDb:0} dB expected): wrong codec, law or rate, or lossy processing.");
        }
    }

    /// <summary>The greeting was not cut: it played for as long as its clip (emulator), or kept playing for a second after the caller began.</summary>
    public static async Task ExpectPlayedToEndAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await FinishedAsync(scenario, cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var run = seen.Ear.PlayedRunFrom(0)!.Value;
        var played = Measurement.Interval("greeting played", run.StartMs, run.EndMs, 2 * MeasurementRules.PlayedAudioMs, "TURN-025");
        if (scenario.Session.IsEmulator)
        {
            played = played.AtLeast(scenario.ModelClips.Clip(ClipId).DurationMs - MeasurementRules.FrameMs);
        }
        else if (scenario.LastSaid is { } said)
        {
            played = played.AtLeast(said.OnsetMs + 1000 - run.StartMs);
        }

        scenario.Record(played);
    }
}
