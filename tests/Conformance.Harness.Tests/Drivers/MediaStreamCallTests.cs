using Conformance.Harness.Audio;
using Conformance.Harness.Drivers;
using Conformance.Harness.Drivers.Callee;
using Conformance.Harness.Drivers.Streams;
using Conformance.Harness.Measuring;
using Conformance.Harness.Tests.Support;
using Conformance.Streams;
using Conformance.Streams.Twilio;

namespace Conformance.Harness.Tests.Drivers;

/// <summary>
/// The provider side over a real loopback socket against a scripted agent: every figure is
/// checked against what the agent did, in media time (robust to a loaded machine).
/// </summary>
[Collection(Suite.RealTimeDrivers.Name)]
public sealed class MediaStreamCallTests
{
    private static readonly CallerAudioLibrary s_library = CallerAudioLibrary.LoadDefault();

    [Fact]
    public async Task TwilioCall_AgentRepliesAndIsCut_ProviderSideMeasuresReplyClearAndLeak()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = timeout.Token;
        await using var listener = LoopbackWebSocketListener.Start();
        var protocol = new TwilioProvider();
        var connecting = MediaStreamCall.ConnectAsync(new Uri(listener.BaseUri, "/agent"), protocol, TimeProvider.System, null, ct);
        var accepted = await listener.AcceptAsync(ct);
        var agent = new FakeTwilioAgent(accepted.Socket);
        var agentRun = agent.RunAsync(ct);
        await using var call = await connecting;

        await call.WaitForAsync(s => s.Ear.FirstSpeechFrom(0) is not null, 5000, "agent speech", ct);
        var clip = s_library.Get("utterance-soft-cushion", protocol.Uplink);
        var utterance = await call.SayAsync(clip, ct);
        await call.WaitForAsync(s => s.Clears.Count > 0, 5000, "clear", ct);
        await call.WaitForAsync(s => s.NowMs >= utterance.StopMs, 5000, "end of the caller's clip", ct);
        await call.HangUpAsync(ct);
        await agentRun;
        var seen = await call.ObserveAsync(ct);

        // The reply is heard from the tick it arrived at (the agent sent it once 1000 ms of caller
        // audio had arrived — which is early by the uplink's lead; when it did so in wall time is
        // the agent's business).
        var reply = seen.Ear.Segments[0];
        var arrived = seen.Events.First(e => e.Kind == "agent audio").AtMs;
        Assert.InRange(arrived, 1000 - (new Conformance.Harness.Drivers.CallerLegOptions().UplinkLeadFrames * 20), 1000 + 2000);
        Assert.InRange(reply.StartMs - arrived, 0, MeasurementRules.FrameMs);

        // The agent cleared at the first caller frame above −40 dBFS; the harness saw it within a tick or two.
        var onset = utterance.OnsetMs;
        Assert.InRange(agent.ClearedAtCallerMs!.Value, onset - 20, onset + 20);
        // This agent acts on arrival, and the uplink runs ahead by its lead: the clear may come early by that much.
        var lead = new Conformance.Harness.Drivers.CallerLegOptions().UplinkLeadFrames * 20;
        var clear = TurnFigures.ClearLatency(seen.Clears[0], onset);
        Assert.InRange(clear.ValueMs, -20 - lead, clear.UncertaintyMs + 40);

        // What was queued after the clear was never heard: the agent audio stops at the clear.
        var leak = TurnFigures.AudioLeak(utterance, seen.Ear);
        Assert.InRange(leak.ValueMs, 0, 60);
        Assert.Equal(seen.Clears[0], seen.Ear.LastPlayedEndMs!.Value, 0);

        // Marks: echoed as played up to the clear, the rest echoed by the clear (Twilio), every one exactly once.
        Assert.Equal(agent.MarksSent, agent.Echoes.Count);
        Assert.Equal(agent.Echoes, agent.Echoes.Distinct());
        Assert.All(seen.Marks, m => Assert.NotNull(m.Outcome));
        var played = seen.Marks.Where(m => m.Outcome == "played").ToList();
        Assert.InRange(played.Count * 20.0, seen.Clears[0] - reply.StartMs - 40, seen.Clears[0] - reply.StartMs + 20);
        Assert.Contains(seen.Marks, m => m.Outcome == "cleared");

        // The provider's messages were exact Twilio: connected, start, media with counters, mark echoes, stop.
        Assert.IsType<TwilioConnected>(agent.Received[0]);
        Assert.Equal(1, Assert.IsType<TwilioStart>(agent.Received[1]).SequenceNumber);
        var media = agent.Received.OfType<TwilioMedia>().ToList();
        Assert.Equal(Enumerable.Range(1, media.Count).Select(i => (long)i), media.Select(m => m.Chunk));
        Assert.Equal(media.Select((m, i) => i * 20L), media.Select(m => m.Timestamp));
        Assert.All(media, m => Assert.Equal(160, m.Payload.Length));
        Assert.IsType<TwilioStop>(agent.Received[^1]);
        Assert.Empty(seen.Errors);
        Assert.Equal(StreamAudioFormat.MuLaw8k.ToString(), seen.Codec);
    }

    [Fact]
    public async Task Connect_NothingListening_FailsWithoutAnHttpStatus()
    {
        var port = Conformance.TestSupport.FreePort.Tcp();

        var error = await Assert.ThrowsAsync<StreamConnectException>(() =>
            MediaStreamCall.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/nobody"), new TwilioProvider(), TimeProvider.System, null, CancellationToken.None));

        Assert.Equal(0, error.HttpStatus);
    }
}
