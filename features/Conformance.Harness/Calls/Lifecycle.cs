using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Measuring;
using Conformance.Harness.Reporting;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Calls;

/// <summary>Call lifecycle checks (turn-semantics §5): inactivity, maximum duration, ending calls from either side.</summary>
public static class Lifecycle
{
    /// <summary>A real deployment's timers are not frame-exact: allow this much around a documented instant.</summary>
    public const double RealTargetSlackMs = 1000;

    /// <summary>The agent's next message starts <paramref name="seconds"/> after its greeting ended (inactivity, TURN-050).</summary>
    public static async Task ExpectInactivityMessageAsync(VoiceScenario scenario, int seconds, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await Greeting.FinishedAsync(scenario, cancellationToken);
        var first = (await scenario.Leg.ObserveAsync(cancellationToken)).Ear.PlayedRunFrom(0)!.Value;
        await scenario.Leg.WaitForAsync(s => s.Ear.PlayedRunFrom(first.EndMs + 1) is not null, seconds * 1000 + 5000, $"the agent's {what}", cancellationToken);
        var next = (await scenario.Leg.ObserveAsync(cancellationToken)).Ear.PlayedRunFrom(first.EndMs + 1)!.Value;
        var after = Measurement.Interval($"{what} after the agent's last audio", first.EndMs, next.StartMs, 2 * MeasurementRules.PlayedAudioMs, "TURN-050")
            .Expecting(seconds * 1000, scenario.Session.IsEmulator ? TurnTaking.FrameRoundingMs : RealTargetSlackMs);
        if (await scenario.JournalAsync(cancellationToken) is { } journal)
        {
            var finished = journal.Require(journal.First("media.clip.finish", 0, e => e.Text("purpose") == "greeting"), "end of the greeting");
            var expired = journal.Require(journal.First("media.inactivity", finished.MediaTimeMs!.Value), "inactivity timeout after the greeting");
            after = after.AgreeingWithJournal(expired.MediaTimeMs!.Value - finished.MediaTimeMs!.Value, MeasurementRules.JournalMs);
        }

        scenario.Record(after);
    }

    public static async Task ExpectStillUpAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var now = (await scenario.Leg.ObserveAsync(cancellationToken)).NowMs;
        await scenario.Leg.WaitForAsync(s => s.NowMs >= now + 2000 && !s.Ear.AgentPlaying, 8000, "two quiet seconds after the check-in", cancellationToken);
    }

    /// <summary>The agent ended the call right after its last message (TURN-051: at its last sample).</summary>
    public static async Task ExpectEndsAfterLastMessageAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await scenario.Leg.WaitForAsync(s => s.Ended, 10_000, "the agent ending the call", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var last = seen.Ear.LastPlayedEndMs ?? throw new HarnessAssertionException("The call ended without the agent saying anything.");
        var ended = Measurement.Interval("call end after the agent's last audio", last, seen.EndedAtMs!.Value, MeasurementRules.WireEventMs + MeasurementRules.PlayedAudioMs, "TURN-051")
            .Expecting(0, scenario.Session.IsEmulator ? 100 : RealTargetSlackMs);
        scenario.Note($"the call ended: {seen.EndReason}");
        scenario.Record(ended);
    }

    /// <summary>The call ended <paramref name="seconds"/> after the media started (maxDuration, TURN-052).</summary>
    public static async Task ExpectEndsAtAsync(VoiceScenario scenario, int seconds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await scenario.Leg.WaitForAsync(s => s.Ended, seconds * 1000 + 10_000, $"the call ending at {seconds} s", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        scenario.Note($"the call ended: {seen.EndReason}");
        var ended = Measurement.Interval("call end after media start", 0, seen.EndedAtMs!.Value, MeasurementRules.WireEventMs, "TURN-052")
            .Expecting(seconds * 1000, scenario.Session.IsEmulator ? 100 : RealTargetSlackMs);
        if (await scenario.JournalAsync(cancellationToken) is { } journal)
        {
            ended = ended.AgreeingWithJournal(journal.Require(journal.First("media.max_duration", 0), "maximum-duration end").MediaTimeMs!.Value, 100);
        }

        scenario.Record(ended);
    }

    /// <summary>No agent audio from a moment on (after a call was ended from the API): at most one frame in flight.</summary>
    public static async Task ExpectSilentFromAsync(VoiceScenario scenario, double fromMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        await scenario.Leg.WaitForAsync(s => s.Ended || s.NowMs >= fromMs + 2000, 10_000, "two seconds after the call was ended", cancellationToken);
        var seen = await scenario.Leg.ObserveAsync(cancellationToken);
        var heard = Measurement.Interval("agent audio after the call was ended", fromMs, fromMs + seen.Ear.PlayedMsFrom(fromMs), MeasurementRules.PlayedAudioMs, null)
            .WithinBudgetOf(200);
        scenario.Record(heard);
    }

    /// <summary>Polls a surface until its record of the call says it ended (the surface may take a moment after the media stops).</summary>
    public static async Task ExpectRecordEndedAsync(VoiceScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var call = scenario.Call;
        var client = await scenario.Session.ClientAsync(call.Surface, cancellationToken);
        RestExchange? last = null;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            last = call.Surface switch
            {
                SurfaceName.Omnia => await client.SendAsync(RestRequest.Get($"/api/v1/calls/{Uri.EscapeDataString(call.SurfaceCallId)}") with { Purpose = "read the call record" }, cancellationToken),
                SurfaceName.ClutchCall => await client.SendAsync(ClutchCallRequests.Get(scenario.Session, call.SurfaceCallId), cancellationToken),
                _ => throw new NotSupportedException($"{call.Surface} has no call record to read."),
            };
            if (Ended(call.Surface, last))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), scenario.Session.Target.Time, cancellationToken);
        }

        throw new HarnessAssertionException($"After 5 s the call's record still does not say it ended: {last}");
    }

    private static bool Ended(SurfaceName surface, RestExchange exchange) => exchange.Status == 200 && surface switch
    {
        SurfaceName.Omnia => exchange.Json?["endTime"] is { } end && end.GetValueKind() == System.Text.Json.JsonValueKind.String,
        SurfaceName.ClutchCall => exchange.Json?["result"]?["data"]?["status"]?.GetValue<string>() is "completed" or "failed" or "no_answer",
        _ => false,
    };
}
