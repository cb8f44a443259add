using System.Text.Json.Nodes;
using Conformance.Audio;
using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;
using Conformance.Streams.Playout;
using Xunit.Abstractions;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>
/// specs/runtime.md §7 (RUN-070): each media deviation, activated for one tenant, changes what
/// a real client sees on the wire in the way the rule it breaks forbids — a client on the
/// provider side of the media stream (or the WebRTC offerer, or the sideband) measures it. The
/// rule-abiding behaviour each one contradicts is asserted by the Done-when scenarios
/// (<see cref="MediaStreamScenarios"/>, <see cref="WebRtcCallTests"/>) and restated here.
/// </summary>
public sealed class DeviationTests(EmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private const int Rate = 8000;
    private const double ToleranceMs = 20;
    private readonly RuntimeApi _api = new(fixture.Client);

    /// <summary>No greeting (saves its 3 s), and the first agent message — the reply — interruptible (Omnia's default is not).</summary>
    private static JsonObject UserFirst => new() { ["basePrompt"] = "You are a test agent.", ["firstSpeaker"] = "user", ["interruptible"] = true };

    private static JsonObject Generic8k => new() { ["inputSampleRate"] = Rate, ["outputSampleRate"] = Rate, ["codec"] = "pcm" };

    [Fact]
    public async Task ReplyLate_400ms_ReplyHeard1100msAfterSpeechEndNot700()
    {
        var script = new CallerScript(Rate).Silence(300);
        var said = script.Say(CallerFixtures.Clip("utterance-river-spring", Rate));
        script.Until(said.EndMs + 1400);
        var call = await RunAsync("media.reply_late", new JsonObject { ["ms"] = 400 }, Turn(), UserFirst, script);

        var end = call.Journal.First(e => e.Kind == "media.vad.end" && e.Text("disposition") == "commit");
        var reply = call.Journal.First(e => e.Kind == "media.clip.start" && e.Text("purpose") == "reply");
        Assert.InRange(reply.MediaTimeMs!.Value - end.MediaTimeMs!.Value, 1100, 1100 + ToleranceMs);
        var heard = call.Caller.PlayoutEvents.OfType<PlayoutStarted>().Select(p => call.Caller.PositionMs(p.At)).First(ms => ms > said.EndMs);
        Assert.InRange(heard - said.EndMs, 1100 - ToleranceMs, 1100 + (2 * ToleranceMs));
    }

    [Fact]
    public async Task IgnoreBargeIn_SpeechOverTheReply_NoClearAndTheReplyPlaysOn()
    {
        var (script, barge) = SpeakOverReply();
        var call = await RunAsync("media.ignore_barge_in", null, Turn(), UserFirst, script);

        Assert.DoesNotContain(call.Journal, e => e.Kind == "media.barge_in");
        Assert.DoesNotContain(call.Caller.Received, r => r.Action.Kind == AgentActionKind.Clear);
        Assert.True(AudioMsBetween(call.Caller, barge.OnsetMs + 100, barge.OnsetMs + 900) >= 700, "the reply goes on through the caller's speech");
    }

    [Fact]
    public async Task NoClear_InstantBargeIn_AudioStopsWithoutAClearMessage()
    {
        var (script, barge) = SpeakOverReply();
        var call = await RunAsync("media.no_clear", null, Turn(), UserFirst, script);

        var cut = call.Journal.First(e => e.Kind == "media.clip.cut" && e.Text("reason") == "barge_in");
        Assert.Contains(call.Journal, e => e.Kind == "media.clear.skipped");
        Assert.DoesNotContain(call.Caller.Received, r => r.Action.Kind == AgentActionKind.Clear);
        Assert.InRange(cut.MediaTimeMs!.Value - barge.OnsetMs, -ToleranceMs, 60);
    }

    [Fact]
    public async Task LeakAfterCut_200ms_AudioKeepsComingAfterTheClear()
    {
        var (script, _) = SpeakOverReply();
        var call = await RunAsync("media.leak_after_cut", new JsonObject { ["ms"] = 200 }, Turn(), UserFirst, script);

        var clear = call.Caller.Received.First(r => r.Action.Kind == AgentActionKind.Clear).AtMs;
        var leaked = AudioMsBetween(call.Caller, clear, clear + 1000);
        output.WriteLine($"{leaked:0} ms of agent audio after the clear");
        Assert.InRange(leaked, 200 - ToleranceMs, 200 + ToleranceMs);
    }

    [Fact]
    public async Task BargeOnBackchannel_HoldAndConfirm_AShortYesCutsTheReply()
    {
        var script = new CallerScript(Rate).Silence(300);
        var said = script.Say(CallerFixtures.Clip("utterance-river-spring", Rate));
        script.Until(said.EndMs + 700 + 400);
        var clip = CallerFixtures.Clip("backchannel-yes", Rate);
        var clipStart = script.LengthMs;
        var yes = script.Say(clip);
        script.Silence(600);
        var turn = Turn(bargeIn: "hold_and_confirm");
        turn["bargeConfirmMs"] = 600;
        var call = await RunAsync("media.barge_on_backchannel", null, turn, UserFirst, script);

        // Held and confirmed, a "yes" shorter than bargeConfirmMs never cuts; here its first voiced frame does.
        var bargeIn = call.Journal.First(e => e.Kind == "media.barge_in");
        var clear = call.Caller.Received.First(r => r.Action.Kind == AgentActionKind.Clear).AtMs;
        output.WriteLine($"'yes' clip at {clipStart:0} ms (speech {yes.OnsetMs:0}–{yes.EndMs:0} ms); barge-in triggered at {bargeIn.Number("triggered_ms"):0} ms; clear at {clear:0} ms");
        Assert.InRange(bargeIn.Number("triggered_ms"), clipStart, yes.EndMs);
        Assert.InRange(clear - bargeIn.Number("triggered_ms"), -MediaStreamScenarios.FrameLeadMs, MediaStreamScenarios.ClearLatencyMs);
        Assert.True(clear < yes.OnsetMs + 600, "cut before a 600 ms confirmation could have been reached");
    }

    [Fact]
    public async Task CommitShortSpeech_ABackchannelAlone_GetsAReply()
    {
        var script = new CallerScript(Rate).Silence(300);
        var yes = script.Say(CallerFixtures.Clip("backchannel-yes", Rate));
        script.Until(yes.EndMs + 1200);
        var call = await RunAsync("media.commit_short_speech", null, Turn(), UserFirst, script);

        Assert.Contains(call.Journal, e => e.Kind == "media.turn.commit");
        Assert.True(AudioMsBetween(call.Caller, yes.EndMs + 600, yes.EndMs + 1200) > 300, "a reply to a backchannel is heard");
    }

    [Fact]
    public async Task GreetWhenUserFirst_FirstSpeakerUser_GreetingHeardAnyway()
    {
        var script = new CallerScript(Rate).Silence(800);
        var call = await RunAsync("media.greet_when_user_first", null, Turn(), UserFirst, script);

        Assert.Contains(call.Journal, e => e.Kind == "media.clip.start" && e.Text("purpose") == "greeting");
        Assert.True(AudioMsBetween(call.Caller, 0, 800) >= 500, "the greeting plays although the user speaks first");
    }

    [Fact]
    public async Task IgnoreUninterruptible_InterruptibleFalse_GreetingIsCut()
    {
        var script = new CallerScript(Rate).Silence(800);
        var barge = script.Say(CallerFixtures.Clip("utterance-twentieth-time", Rate));
        script.Silence(300);
        var call = await RunAsync("media.ignore_uninterruptible", null, Turn(), new JsonObject { ["basePrompt"] = "x", ["interruptible"] = false }, script);

        Assert.Contains(call.Journal, e => e.Kind == "media.clip.cut" && e.Text("purpose") == "greeting");
        var clear = call.Caller.Received.First(r => r.Action.Kind == AgentActionKind.Clear).AtMs;
        Assert.InRange(clear - barge.OnsetMs, -MediaStreamScenarios.FrameLeadMs, MediaStreamScenarios.ClearLatencyMs);
    }

    [Fact]
    public async Task IgnoreMicGuard_SpeechInsideTheGuard_IsHeardAndAnswered()
    {
        // The greeting ends at 3146 ms; with micGuardMs 3000 the utterance (inside the guard) must be ignored.
        var script = new CallerScript(Rate).Silence(3250);
        var said = script.Say(CallerFixtures.Clip("backchannel-yes", Rate));
        script.Until(said.EndMs + 900);
        var turn = Turn();
        turn["micGuardMs"] = 3000;
        var call = await RunAsync("media.ignore_mic_guard", null, turn, null, script, commitShort: true);

        var start = call.Journal.First(e => e.Kind == "media.vad.start" && e.MediaTimeMs > 3100);
        Assert.False(start.Data["ignored"]!.GetValue<bool>(), "speech inside the mic guard counts");
        Assert.Contains(call.Journal, e => e.Kind == "media.turn.commit");
    }

    [Fact]
    public async Task WrongSampleRate_8000_GenericOutputFramesAre8kNot16k()
    {
        var script = new CallerScript(16000).Silence(300);
        var options = new JsonObject { ["inputSampleRate"] = 16000, ["outputSampleRate"] = 16000, ["codec"] = "pcm" };
        var call = await RunAsync("media.wrong_sample_rate", new JsonObject { ["rate"] = 8000 }, Turn(), null, script, options, () => new GenericDialect(GenericDialect.Pcm(16000, 16000)));

        var frames = call.Caller.Received.Where(r => r.Action.Kind == AgentActionKind.Audio).Select(r => r.Action.Audio.Length).ToList();
        Assert.NotEmpty(frames);
        Assert.All(frames, length => Assert.Equal(320, length));
    }

    [Fact]
    public async Task MarksEarly_Twilio_EachMarkPrecedesItsAudio()
    {
        var call = await RunAsync("media.marks_early", null, Turn(), null, new CallerScript(Rate).Silence(300), connectionType: "twilio", dialect: () => new TwilioDialect());

        var kinds = call.Caller.Received.Select(r => r.Action.Kind).Where(k => k is AgentActionKind.Audio or AgentActionKind.Mark).Take(6).ToList();
        Assert.Equal([AgentActionKind.Mark, AgentActionKind.Audio, AgentActionKind.Mark, AgentActionKind.Audio, AgentActionKind.Mark, AgentActionKind.Audio], kinds);
    }

    [Fact]
    public async Task MuLawAsALaw_Twilio_GreetingBytesAreALaw()
    {
        var normal = await RunAsync(null, null, Turn(), null, new CallerScript(Rate).Silence(600), connectionType: "twilio", dialect: () => new TwilioDialect());
        var deviant = await RunAsync("media.mulaw_as_alaw", null, Turn(), null, new CallerScript(Rate).Silence(600), connectionType: "twilio", dialect: () => new TwilioDialect());

        var expected = Pcm(normal.Caller, G711.DecodeMuLaw);
        var asALaw = Pcm(deviant.Caller, G711.DecodeALaw);
        var asMuLaw = Pcm(deviant.Caller, G711.DecodeMuLaw);
        var n = Math.Min(expected.Length, asALaw.Length);
        Assert.True(n >= 4000, $"{n} samples of greeting");
        var heardRight = SnrDb(expected.AsSpan(0, n), asALaw.AsSpan(0, n));
        var heardWrong = SnrDb(expected.AsSpan(0, n), asMuLaw.AsSpan(0, n));
        output.WriteLine($"deviant bytes decoded as A-law: SNR {heardRight:0.0} dB against the normal greeting; as µ-law (what a Twilio caller does): {heardWrong:0.0} dB");
        Assert.True(heardRight > 25, "the deviant stream is the greeting in A-law");
        Assert.True(heardWrong < 10, "a µ-law decoder does not hear the greeting faithfully");
    }

    private static JsonObject Turn(string bargeIn = "instant") => new() { ["silenceThresholdMs"] = 500, ["thinkLatencyMs"] = 200, ["bargeIn"] = bargeIn };

    /// <summary>An utterance, then another 500 ms into the reply (which starts 700 ms after the first's end).</summary>
    private static (CallerScript Script, (double OnsetMs, double EndMs) Barge) SpeakOverReply()
    {
        var script = new CallerScript(Rate).Silence(300);
        var said = script.Say(CallerFixtures.Clip("utterance-river-spring", Rate));
        script.Until(said.EndMs + 700 + 500);
        var barge = script.Say(CallerFixtures.Clip("utterance-twentieth-time", Rate));
        script.Until(barge.OnsetMs + 1000);
        return (script, barge);
    }

    /// <summary>Ms of agent audio that arrived in [from, to) on the caller's clock.</summary>
    private static double AudioMsBetween(StreamCaller caller, double fromMs, double toMs) =>
        caller.Received.Where(r => r.Action.Kind == AgentActionKind.Audio && r.AtMs >= fromMs && r.AtMs < toMs)
            .Sum(r => r.Action.Audio.Length / caller.AgentBytesPerMs);

    private static short[] Pcm(StreamCaller caller, Action<ReadOnlySpan<byte>, Span<short>> decode)
    {
        var bytes = caller.Received.Where(r => r.Action.Kind == AgentActionKind.Audio).SelectMany(r => r.Action.Audio.ToArray()).ToArray();
        var pcm = new short[bytes.Length];
        decode(bytes, pcm);
        return pcm;
    }

    /// <summary>Signal-to-error ratio of <paramref name="heard"/> against <paramref name="reference"/>, in dB.</summary>
    private static double SnrDb(ReadOnlySpan<short> reference, ReadOnlySpan<short> heard)
    {
        double signal = 0, error = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            signal += reference[i] * (double)reference[i];
            var e = reference[i] - (double)heard[i];
            error += e * e;
        }

        return 10 * Math.Log10(Math.Max(signal, 1) / Math.Max(error, 1));
    }

    private async Task<DeviationCall> RunAsync(
        string? deviation, JsonObject? parameters, JsonObject turn, JsonObject? config, CallerScript script,
        JsonObject? websocket = null, Func<ProviderDialect>? dialect = null, string connectionType = "websocket", bool commitShort = false)
    {
        var tenant = await _api.TenantAsync();
        if (deviation is not null)
        {
            await _api.DeviationAsync(deviation, parameters, tenant.Id);
        }

        if (commitShort)
        {
            // The guard test speaks a short "yes": let it commit, so only the guard decides.
            await _api.DeviationAsync("media.commit_short_speech", null, tenant.Id);
        }

        var agent = await _api.OmniaAgentAsync(tenant, "instant-barge", turn, config);
        var (callId, url) = await _api.OmniaCallAsync(tenant, agent, connectionType, connectionType == "websocket" ? websocket ?? Generic8k : null);
        var caller = await StreamCaller.ConnectAsync(url, (dialect ?? (() => new GenericDialect(GenericDialect.Pcm(Rate, Rate))))());
        await using (caller)
        {
            await caller.RunAsync(script.ToArray());
        }

        var journal = await _api.JournalWhenAsync(callId, "media.leg.closed");
        foreach (var e in journal.Where(e => e.Kind.StartsWith("media.", StringComparison.Ordinal) && !e.Kind.StartsWith("media.mark", StringComparison.Ordinal)))
        {
            output.WriteLine(e.ToString());
        }

        if (deviation is not null)
        {
            Assert.Contains(journal, e => e.Kind == "media.deviation.active" && e.Text("name") == deviation);
        }

        return new DeviationCall(caller, journal);
    }

    private sealed record DeviationCall(StreamCaller Caller, List<JournalEntryView> Journal);
}
