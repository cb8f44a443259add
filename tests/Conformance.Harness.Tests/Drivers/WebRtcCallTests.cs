using Conformance.Audio;
using Conformance.Harness.Audio;
using Conformance.Harness.Drivers.Browser;
using Conformance.Harness.Drivers.WebRtc;
using Conformance.Harness.Measuring;
using Conformance.Harness.Tests.Support;
using Conformance.Rtc;

namespace Conformance.Harness.Tests.Drivers;

/// <summary>
/// The WebRTC callers against our own Rtc answerer on loopback, which plays the agent: a tone
/// it sends must be heard for as long as it lasts, and the caller's fixture must arrive as speech.
/// </summary>
[Collection(Suite.RealTimeDrivers.Name)]
public sealed class WebRtcCallTests
{
    private static readonly CallerAudioLibrary s_library = CallerAudioLibrary.LoadDefault();

    [Theory]
    [InlineData(AudioCodec.Pcmu, "PCMU/8000")]
    [InlineData(AudioCodec.Pcma, "PCMA/8000")]
    [InlineData(AudioCodec.Opus, "opus/48000/2")]
    public async Task OurOfferer_AnswererSendsTone_ToneHeardAndCallerSpeechArrives(AudioCodec codec, string described)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = timeout.Token;
        await using var agent = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        await using var call = (await WebRtcCall.ConnectAsync(
            [codec], async (offer, token) => (await agent.CreateAnswerAsync(offer, token)).Sdp, "webrtc", TimeProvider.System, null, ct))!;
        await agent.WaitForConnectedAsync(ct);
        var rate = codec.ClockRate();
        var sending = agent.SendPacedAsync(Signals.Tone(1000, rate, dbfs: -20), ct);
        var utterance = await call.SayAsync(s_library.Get("utterance-soft-cushion", rate), ct);

        await sending;
        await call.WaitForAsync(s => s.Ear.PlayedMsFrom(0) >= 1000 - MeasurementRules.FrameMs && !s.Ear.AgentPlaying, 10_000, "the whole tone", ct);
        var seen = await call.ObserveAsync(ct);
        Assert.Equal(described, seen.Codec);

        // Every sample of the tone was played out once (a stall on either side may split it, never lose or double it).
        Assert.InRange(seen.Ear.PlayedMsFrom(0), 1000 - MeasurementRules.FrameMs, 1000 + MeasurementRules.FrameMs);
        Assert.InRange(seen.Ear.Segments.Sum(x => x.DurationMs), 1000 - 2 * MeasurementRules.FrameMs, 1000 + 2 * MeasurementRules.FrameMs);

        var received = new List<short>();
        await call.WaitForAsync(s => s.NowMs >= utterance.StopMs + 200, 10_000, "the end of the caller's clip", ct);
        while (agent.Audio.TryRead(out var frame))
        {
            received.AddRange(frame.Samples);
        }

        // The fixture's speech arrives (how faithfully is the codec's business, not the caller's).
        var speech = SpeechDetector.Detect(received.ToArray(), rate);
        Assert.NotEmpty(speech);
        Assert.InRange(speech[^1].OffsetMs - speech[0].OnsetMs, (utterance.EndMs - utterance.OnsetMs) / 2, utterance.EndMs - utterance.OnsetMs + 100);
    }

    [Fact]
    [Trait("Category", "Interop")]
    public async Task BrowserCaller_AnswererSendsTone_ChromiumHearsItOnItsAudioClock()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = timeout.Token;
        await using var agent = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        await using var call = (await BrowserCall.ConnectAsync(
            null, async (offer, token) => (await agent.CreateAnswerAsync(offer, token)).Sdp, TimeProvider.System, null, ct))!;
        await agent.WaitForConnectedAsync(ct);
        var utterance = await call.SayAsync(s_library.Get("utterance-soft-cushion", 48000), ct);
        await agent.SendPacedAsync(Signals.Tone(1500, 48000, dbfs: -20), ct);

        await call.WaitForAsync(s => s.Ear.Segments.Count > 0 && !s.Ear.Segments[0].Open, 15_000, "the whole tone in Chromium", ct);
        var seen = await call.ObserveAsync(ct);
        Assert.Equal("opus/48000/2", seen.Codec);
        // Chromium's NetEq may stretch a little (more on a loaded machine); what matters is that its own audio clock heard it.
        Assert.InRange(seen.Ear.Segments[0].DurationMs, 1500 - 300, 1500 + 300);

        var received = new List<short>();
        await call.WaitForAsync(s => s.NowMs >= utterance.StopMs + 300, 15_000, "the end of the caller's clip", ct);
        while (agent.Audio.TryRead(out var frame))
        {
            received.AddRange(frame.Samples);
        }

        Assert.NotEmpty(SpeechDetector.Detect(received.ToArray(), 48000));
    }
}
