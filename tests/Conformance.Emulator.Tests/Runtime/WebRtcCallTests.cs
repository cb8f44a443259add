using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;
using Conformance.Rtc;
using Xunit.Abstractions;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>
/// Issue 6 Done-when: an Everruns create_call and an OpenAI /v1/realtime/calls call, each with
/// our Rtc offerer as the caller, speak and listen like the media-stream legs: the greeting is
/// heard, the reply starts silence + think after the caller's speech end, and barge-in stops the
/// agent's audio. Arrival times carry the jitter buffer and Opus delay: ±40 ms (two frames).
/// </summary>
public sealed class WebRtcCallTests(EmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private const double ArrivalToleranceMs = 40;
    private readonly EmulatorClient _client = fixture.Client;
    private readonly RuntimeApi _api = new(fixture.Client);

    [Fact]
    public async Task EverrunsCreateCall_GreetingReplyTimingAndInstantBargeIn_LikeTheStreams()
    {
        var tenant = await _api.TenantAsync();
        var agent = await _client.PostJsonAsync($"/_emulator/tenants/{tenant.Id}/agents", new JsonObject
        {
            ["surface"] = "everruns",
            ["name"] = "runtime test",
            ["persona"] = "instant-barge",
            ["turn"] = new JsonObject { ["silenceThresholdMs"] = 500, ["thinkLatencyMs"] = 200 },
        });
        Assert.Equal(201, agent.Status);
        var session = await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject { ["agent_id"] = agent.Obj["id"]!.GetValue<string>() }, tenant.Everruns);
        var sessionId = session.Obj["id"]!.GetValue<string>();
        await using var caller = new RtcCaller(await Offerer.CreateAsync());
        var created = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/calls", new JsonObject { ["sdp"] = caller.Offerer.Offer }, tenant.Everruns);
        Assert.Equal(200, created.Status);
        var callId = created.Obj["voice_connection_id"]!.GetValue<string>();
        Assert.Equal(AudioCodec.Opus, (await caller.Offerer.ConnectAsync(created.Obj["answer_sdp"]!.GetValue<string>())).Codec);

        var (first, barge) = await TalkAsync(caller, bargeIn: true);
        await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/{callId}/end", new JsonObject { ["reason"] = "test over" }, tenant.Everruns);
        var journal = await _api.JournalWhenAsync(callId, "media.leg.closed");
        AssertSpeaksAndListens(caller, journal, first, barge, expectCut: "instant");

        var events = journal.Where(e => e.Kind == "event.published").Select(e => e.Text("type")).ToList();
        Assert.Contains("voice.output_transcript.delta", events);
        Assert.Contains("voice.output_transcript.completed", events);
        Assert.Contains("voice.output.interrupted", events);
    }

    [Fact]
    public async Task OpenAIRealtimeCall_ServerVad_GreetingReplyTimingAndBargeIn_LikeTheStreams()
    {
        var tenant = await _api.TenantAsync();
        await using var caller = new RtcCaller(await Offerer.CreateAsync());
        using var form = new MultipartFormDataContent();
        var sdp = new StringContent(caller.Offerer.Offer, Encoding.UTF8);
        sdp.Headers.ContentType = new MediaTypeHeaderValue("application/sdp");
        form.Add(sdp, "sdp");
        form.Add(new StringContent("""{"type":"realtime","model":"gpt-realtime","audio":{"input":{"turn_detection":{"type":"server_vad","silence_duration_ms":500,"prefix_padding_ms":300}}}}""", Encoding.UTF8, "application/json"), "session");
        var created = await _client.SendAsync(HttpMethod.Post, "/openai/v1/realtime/calls", form, tenant.OpenAI);
        Assert.Equal(201, created.Status);
        var callId = created.Header("Location")!.Split('/')[^1];
        await caller.Offerer.ConnectAsync(created.Body);
        await using var sideband = await SidebandClient.ConnectAsync(_client.BaseUrl, callId, tenant.OpenAIKey);

        var (first, barge) = await TalkAsync(caller, bargeIn: true);

        // The sideband saw the server_vad flow, in order, and the barge-in cancelled the response.
        await sideband.WaitForAsync(e => e["type"]!.GetValue<string>() == "output_audio_buffer.cleared", TimeSpan.FromSeconds(5));
        var types = sideband.Types.ToList();
        output.WriteLine(string.Join(" ", types.Where(t => !t.EndsWith(".delta", StringComparison.Ordinal))));
        Assert.Equal("session.created", types[0]);
        string[] order = ["input_audio_buffer.speech_started", "input_audio_buffer.speech_stopped", "input_audio_buffer.committed", "response.created", "output_audio_buffer.started", "output_audio_buffer.cleared"];
        Assert.Equal(order, types.Where(order.Contains).Distinct().ToArray());
        var started = sideband.Events.First(e => e["type"]!.GetValue<string>() == "input_audio_buffer.speech_started");
        var cancelled = sideband.Events.Last(e => e["type"]!.GetValue<string>() == "response.done");
        Assert.Equal("cancelled", cancelled["response"]!["status"]!.GetValue<string>());

        // Truncating the cut item: within the generated audio → truncated; beyond it → error (vendors.md §5.8).
        var item = sideband.Events.Last(e => e["type"]!.GetValue<string>() == "response.output_audio_transcript.delta")["item_id"]!.GetValue<string>();
        await sideband.SendAsync(new JsonObject { ["type"] = "conversation.item.truncate", ["item_id"] = item, ["content_index"] = 0, ["audio_end_ms"] = 500 });
        var truncated = await sideband.WaitForAsync(e => e["type"]!.GetValue<string>() == "conversation.item.truncated", TimeSpan.FromSeconds(5));
        Assert.Equal(500, truncated["audio_end_ms"]!.GetValue<double>());
        await sideband.SendAsync(new JsonObject { ["type"] = "conversation.item.truncate", ["event_id"] = "evt_late", ["item_id"] = item, ["content_index"] = 0, ["audio_end_ms"] = 60_000 });
        var refused = await sideband.WaitForAsync(e => e["type"]!.GetValue<string>() == "error", TimeSpan.FromSeconds(5));
        Assert.Equal("audio_end_ms", refused["error"]!["param"]!.GetValue<string>());
        Assert.Equal("evt_late", refused["error"]!["event_id"]!.GetValue<string>());

        Assert.Equal(200, (await _client.PostJsonAsync($"/openai/v1/realtime/calls/{callId}/hangup", null, tenant.OpenAI)).Status);
        var journal = await _api.JournalWhenAsync(callId, "media.leg.closed");

        // audio_start_ms is the journal's speech start less prefix_padding_ms (300), on the agent's audio clock.
        var vadStart = journal.First(e => e.Kind == "media.vad.start");
        Assert.Equal(vadStart.Number("reported_start_ms"), started["audio_start_ms"]!.GetValue<double>(), 1);
        Assert.Equal(vadStart.MediaTimeMs!.Value - 300, vadStart.Number("reported_start_ms"), 1);

        // server_vad: the cut comes with speech_started (onset run confirmed: 60 ms), TURN-043.
        AssertSpeaksAndListens(caller, journal, first, barge, expectCut: "hold_and_confirm");
    }

    private static async Task<((double OnsetMs, double EndMs) First, (double OnsetMs, double EndMs) Barge)> TalkAsync(RtcCaller caller, bool bargeIn)
    {
        var rate = caller.Rate;
        var script = new CallerScript(rate).Silence(3300);
        var first = script.Say(CallerFixtures.Clip("utterance-river-spring", rate));
        script.Until(first.EndMs + 700 + 1000);
        var barge = bargeIn ? script.Say(CallerFixtures.Clip("utterance-twentieth-time", rate)) : default;
        var pcm = script.ToArray();
        await caller.SendAsync(pcm[..(int)((barge.OnsetMs + 700) * rate / 1000)]);
        return (first, barge);
    }

    private void AssertSpeaksAndListens(RtcCaller caller, List<JournalEntryView> journal, (double OnsetMs, double EndMs) first, (double OnsetMs, double EndMs) barge, string expectCut)
    {
        foreach (var e in journal.Where(e => e.Kind.StartsWith("media.", StringComparison.Ordinal) && !e.Kind.StartsWith("media.webrtc", StringComparison.Ordinal)))
        {
            output.WriteLine(e.ToString());
        }

        output.WriteLine($"caller pacing p99 {caller.Pacing?.P99.TotalMilliseconds:0.#} ms, max {caller.Pacing?.Max.TotalMilliseconds:0.#} ms");
        var format = journal.First(e => e.Kind == "media.leg.format");
        Assert.StartsWith("webrtc opus/48000", format.Text("description"), StringComparison.Ordinal);

        // The caller's stream may start some frames after media was up (the journal says where): its send clock + offset = call time.
        var offsetMs = journal.FirstOrDefault(e => e.Kind == "media.caller.stream_start")?.MediaTimeMs ?? 0;

        // Greeting heard.
        Assert.Contains(journal, e => e.Kind == "media.clip.start" && e.Text("purpose") == "greeting" && e.MediaTimeMs == 0);
        Assert.NotNull(caller.FirstVoicedAfter(-1000));
        Assert.True(caller.FirstVoicedAfter(-1000) < 1000, "the greeting's speech reaches the caller within the first second");

        // Reply: the journal's gap is silence + think. On the caller's clock the call timeline is
        // shifted by the stream offset (caller sample s is call time s + offset), so the reply
        // journaled at call time R reaches the caller at R − offset, give or take the frame the
        // output is decided ahead (the caller sends each frame at its start), the network, the
        // jitter buffer and the Opus delay: ±40 ms.
        var end = journal.First(e => e.Kind == "media.vad.end" && e.MediaTimeMs > 3000);
        Assert.InRange(end.MediaTimeMs!.Value - offsetMs - first.EndMs, -20, 20);
        var reply = journal.First(e => e.Kind == "media.clip.start" && e.Text("purpose") == "reply");
        var journalGap = reply.MediaTimeMs!.Value - end.MediaTimeMs!.Value;
        Assert.InRange(journalGap, 700, 720);
        var replyHeard = caller.Frames.Where(f => f.AtMs > first.EndMs && !f.Concealed).Select(f => f.AtMs).First();
        var replyDue = reply.MediaTimeMs!.Value - offsetMs;
        output.WriteLine($"turn gap: journal {journalGap:0.#} ms; first reply packet at {replyHeard:0.#} ms on the caller's clock, journal says {replyDue:0.#} (stream offset {offsetMs:0} ms), {replyHeard - first.EndMs:0.#} ms after the speech end");
        Assert.InRange(replyHeard - replyDue, -ArrivalToleranceMs, ArrivalToleranceMs);

        // Barge-in: cut in the journal, and the agent's packets stop.
        var cut = journal.First(e => e.Kind == "media.barge_in");
        Assert.Equal(expectCut, cut.Text("mode"));
        var clip = journal.First(e => e.Kind == "media.clip.cut" && e.Text("reason") == "barge_in");
        Assert.Equal(clip.Number("sent_samples"), clip.Number("played_samples"));
        var lastPacket = caller.Frames.Where(f => f.AtMs > replyHeard && !f.Concealed).Select(f => f.AtMs).Last();
        output.WriteLine($"last agent packet {lastPacket - barge.OnsetMs:0.#} ms after the barge-in onset");
        Assert.InRange(lastPacket - barge.OnsetMs, -ArrivalToleranceMs, 60 + 60 + ArrivalToleranceMs);
    }
}
