using System.Text.Json.Nodes;
using Conformance.Streams.Playout;
using Xunit.Abstractions;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>
/// The Done-when scenarios of issue 6, run over any media-stream protocol with a real client
/// (ClientWebSocket + the Streams provider side + its playout model) and fixture speech paced at
/// 20 ms on an absolute schedule. Every timing assertion compares media positions on the caller's
/// stream clock (samples sent / played) with the journal's media times, within stated tolerances.
/// </summary>
internal sealed class MediaStreamScenarios(RuntimeApi api, ITestOutputHelper output)
{
    /// <summary>Reply timing: measured gap vs the journal's, and the journal's vs silenceThresholdMs + think latency (one frame).</summary>
    public const double TimingToleranceMs = 20;

    /// <summary>
    /// The caller sends each frame at its start (the audio is recorded), so the frame that carries
    /// a trigger can reach the emulator up to one frame before the trigger's instant, plus jitter.
    /// </summary>
    public const double FrameLeadMs = 25;

    /// <summary>The greeting starts at media time 0; the caller hears it within this (first-response latency).</summary>
    public const double GreetingStartMs = 200;

    /// <summary>Issue 6: instant barge-in sends clear within this long of the caller's speech onset.</summary>
    public const double ClearLatencyMs = 60;

    private const double SilenceThresholdMs = 500;
    private const double ThinkLatencyMs = 200;

    /// <summary>
    /// Greeting heard; a fixture utterance after it; the reply starts silenceThresholdMs + think
    /// latency after the speech end (client and journal agree within 20 ms); a second utterance
    /// during the reply barges in instantly: clear within 60 ms of its onset.
    /// </summary>
    public Task GreetingTurnAndInstantBargeAsync(Func<ProviderDialect> dialect, string connectionType, JsonObject? websocket = null) =>
        StallRetry.RunAsync(output, evidence => GreetingTurnAndInstantBargeOnceAsync(dialect, connectionType, websocket, evidence));

    /// <summary>Hold-and-confirm (bargeConfirmMs 600): a "yes" during the reply does not cut; a long utterance does, at onset + confirm.</summary>
    public Task HoldAndConfirmAsync(Func<ProviderDialect> dialect, string connectionType, JsonObject? websocket = null) =>
        StallRetry.RunAsync(output, evidence => HoldAndConfirmOnceAsync(dialect, connectionType, websocket, evidence));

    private async Task GreetingTurnAndInstantBargeOnceAsync(Func<ProviderDialect> dialect, string connectionType, JsonObject? websocket, StallEvidence evidence)
    {
        var tenant = await api.TenantAsync();
        var agent = await api.OmniaAgentAsync(tenant, "instant-barge", new JsonObject { ["silenceThresholdMs"] = SilenceThresholdMs, ["thinkLatencyMs"] = ThinkLatencyMs });
        var (callId, url) = await api.OmniaCallAsync(tenant, agent, connectionType, websocket);
        var d = dialect();
        var rate = d.CallerFormat.SampleRate;
        var script = new CallerScript(rate).Silence(3300);
        var first = script.Say(CallerFixtures.Clip("utterance-river-spring", rate));
        var replyAt = first.EndMs + SilenceThresholdMs + ThinkLatencyMs;
        script.Until(replyAt + 1000);
        var barge = script.Say(CallerFixtures.Clip("utterance-twentieth-time", rate));
        await using var caller = await StreamCaller.ConnectAsync(url, d);
        evidence.Caller = caller;
        await caller.RunAsync(script.ToArray()[..(int)((barge.OnsetMs + 600) * rate / 1000)]);
        var journal = await api.JournalWhenAsync(callId, "media.leg.closed");
        evidence.Journal = journal;
        Log(journal);
        output.WriteLine($"caller's worst tick: {caller.MaxTickLateMs:0.#} ms late at {caller.MaxTickLateAtMs:0} ms");

        // Greeting heard as soon as media is up (the first call in a process also pays for JIT).
        var greeting = Single(journal, "media.clip.start", e => e.Text("purpose") == "greeting");
        Assert.Equal(0, greeting.MediaTimeMs!.Value, 1);
        var heard = caller.PlayoutEvents.OfType<PlayoutStarted>().ToList();
        Assert.NotEmpty(heard);
        output.WriteLine($"first agent audio arrived at {caller.Received.First(r => r.Action.Kind == AgentActionKind.Audio).AtMs:0.#} ms; playout: {string.Join(", ", caller.PlayoutEvents.Take(6).Select(e => $"{e.GetType().Name}@{caller.PositionMs(e.At):0}"))}");
        Assert.InRange(caller.PositionMs(heard[0].At), 0, GreetingStartMs);

        // The turn: the emulator's speech end is the fixture's (one frame), the reply follows by threshold + think.
        var end = Single(journal, "media.vad.end", e => e.MediaTimeMs > 3000 && e.Text("disposition") == "commit");
        Assert.InRange(end.MediaTimeMs!.Value - first.EndMs, -TimingToleranceMs, TimingToleranceMs);
        var reply = Single(journal, "media.clip.start", e => e.Text("purpose") == "reply");
        var journalGap = reply.MediaTimeMs!.Value - end.MediaTimeMs!.Value;
        Assert.InRange(journalGap, SilenceThresholdMs + ThinkLatencyMs, SilenceThresholdMs + ThinkLatencyMs + 20);
        var replyHeard = heard.Select(h => caller.PositionMs(h.At)).First(ms => ms > first.EndMs);
        var measuredGap = replyHeard - first.EndMs;
        output.WriteLine($"turn gap: measured {measuredGap:0.#} ms, journal {journalGap:0.#} ms (speech end: fixture {first.EndMs:0.#}, journal {end.MediaTimeMs:0.#})");
        Assert.InRange(measuredGap - journalGap, -TimingToleranceMs, TimingToleranceMs);

        // Instant barge-in: the journal cuts at the first voiced frame; clear arrives within 60 ms of the onset.
        var bargeIn = Single(journal, "media.barge_in", _ => true);
        Assert.Equal("instant", bargeIn.Text("mode"));
        Assert.InRange(bargeIn.Number("triggered_ms") - barge.OnsetMs, -TimingToleranceMs, TimingToleranceMs);
        var clearAt = caller.Received.First(r => r.Action.Kind == AgentActionKind.Clear && r.AtMs > replyAt).AtMs;
        output.WriteLine($"clear {clearAt - barge.OnsetMs:0.#} ms after the barge-in onset");
        Assert.InRange(clearAt - barge.OnsetMs, -FrameLeadMs, ClearLatencyMs);
        var cut = Single(journal, "media.clip.cut", e => e.Text("reason") == "barge_in");
        Assert.True(cut.Number("played_samples") <= cut.Number("sent_samples"));
    }

    private async Task HoldAndConfirmOnceAsync(Func<ProviderDialect> dialect, string connectionType, JsonObject? websocket, StallEvidence evidence)
    {
        const double confirm = 600;
        var tenant = await api.TenantAsync();
        var agent = await api.OmniaAgentAsync(tenant, "hold-and-confirm", new JsonObject
        {
            ["bargeIn"] = "hold_and_confirm",
            ["bargeConfirmMs"] = confirm,
            ["silenceThresholdMs"] = SilenceThresholdMs,
            ["thinkLatencyMs"] = ThinkLatencyMs,
        });
        var (callId, url) = await api.OmniaCallAsync(tenant, agent, connectionType, websocket);
        var d = dialect();
        var rate = d.CallerFormat.SampleRate;
        var script = new CallerScript(rate).Silence(3300);
        var first = script.Say(CallerFixtures.Clip("utterance-soft-cushion", rate));
        var replyAt = first.EndMs + SilenceThresholdMs + ThinkLatencyMs;
        script.Until(replyAt + 300);
        var yes = script.Say(CallerFixtures.Clip("backchannel-yes", rate));
        script.Silence(700);
        var longer = script.Say(CallerFixtures.Clip("utterance-twentieth-time", rate));
        await using var caller = await StreamCaller.ConnectAsync(url, d);
        evidence.Caller = caller;
        await caller.RunAsync(script.ToArray()[..(int)((longer.OnsetMs + confirm + 300) * rate / 1000)]);
        var journal = await api.JournalWhenAsync(callId, "media.leg.closed");
        evidence.Journal = journal;
        Log(journal);
        output.WriteLine($"caller's worst tick: {caller.MaxTickLateMs:0.#} ms late at {caller.MaxTickLateAtMs:0} ms");
        caller.Diagnostics.ForEach(output.WriteLine);

        Assert.Contains(journal, e => e.Kind == "media.clip.start" && e.Text("purpose") == "reply");
        var bargeIns = journal.Where(e => e.Kind == "media.barge_in").ToList();
        var cut = Assert.Single(bargeIns);
        Assert.InRange(cut.Number("triggered_ms") - longer.OnsetMs, confirm - TimingToleranceMs, confirm + TimingToleranceMs);
        var clears = caller.Received.Where(r => r.Action.Kind == AgentActionKind.Clear && r.AtMs > replyAt).Select(r => r.AtMs).ToList();
        Assert.Single(clears);
        Assert.True(clears[0] > yes.EndMs + 200, $"clear at {clears[0]:0} ms: the 'yes' ({yes.OnsetMs:0}–{yes.EndMs:0} ms) must not cut");
        Assert.InRange(clears[0] - (longer.OnsetMs + confirm), -FrameLeadMs, ClearLatencyMs);
        Assert.Contains(journal, e => e.Kind == "media.vad.end" && Math.Abs(e.Number("start_ms") - yes.OnsetMs) < 60);
    }

    private static JournalEntryView Single(List<JournalEntryView> journal, string kind, Func<JournalEntryView, bool> where)
    {
        var matches = journal.Where(e => e.Kind == kind && where(e)).ToList();
        Assert.True(matches.Count >= 1, $"no {kind} in the journal:\n{string.Join("\n", journal.Where(e => e.Kind.StartsWith("media.", StringComparison.Ordinal) && !e.Kind.StartsWith("media.mark", StringComparison.Ordinal)))}");
        return matches[0];
    }

    private void Log(List<JournalEntryView> journal)
    {
        foreach (var e in journal.Where(e => e.Kind.StartsWith("media.", StringComparison.Ordinal) && !e.Kind.StartsWith("media.mark", StringComparison.Ordinal)))
        {
            output.WriteLine(e.ToString());
        }
    }
}
