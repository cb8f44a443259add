using Conformance.Streams.Playout;

namespace Conformance.Streams.Tests.Playout;

/// <summary>Twilio/Telnyx/Plivo outbound buffer semantics (media-protocols.md §1.4, §2.3, §3.3) at 8 samples per ms.</summary>
public class ProviderPlayoutTests
{
    private static readonly byte[] s_frame = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray();

    [Fact]
    public void Mark_AfterQueuedAudio_EchoedWhenPlayoutReachesIt()
    {
        var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k, ProviderPlayoutOptions.Twilio);
        playout.Enqueue(s_frame);
        Assert.Empty(playout.Mark("m1"));
        playout.Enqueue(s_frame);
        Assert.Empty(playout.Mark("m2"));

        Assert.DoesNotContain(playout.Advance(80).Events, e => e is MarkEchoed);
        var second = playout.Advance(80);
        var m1 = Assert.Single(second.Events.OfType<MarkEchoed>());
        Assert.Equal(("m1", 160L, 160L, MarkEchoReason.Played), (m1.Name, m1.At, m1.StreamPosition, m1.Reason));

        var third = playout.Advance(200);
        var m2 = Assert.Single(third.Events.OfType<MarkEchoed>());
        Assert.Equal((320L, MarkEchoReason.Played), (m2.At, m2.Reason));
        var stopped = Assert.Single(third.Events.OfType<PlayoutStopped>());
        Assert.Equal((320L, 320L, false), (stopped.At, stopped.StreamPosition, stopped.Cleared));
        Assert.Equal(160, third.HeardSamples);
    }

    [Fact]
    public void Mark_NothingQueued_EchoedAtOnce()
    {
        var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k);
        playout.Advance(400);
        var echo = Assert.IsType<MarkEchoed>(Assert.Single(playout.Mark("x")));
        Assert.Equal((400L, MarkEchoReason.NothingQueued), (echo.At, echo.Reason));
    }

    [Fact]
    public void Clear_WithPendingMarks_DropsAudioAndEchoesMarksFifo()
    {
        var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k, ProviderPlayoutOptions.Twilio);
        for (var i = 0; i < 3; i++)
        {
            playout.Enqueue(s_frame);
            playout.Mark($"m{i}");
        }

        playout.Advance(200);
        var events = playout.Clear();
        Assert.Equal(new AudioCleared(200, 200, 280), events[0]);
        Assert.Equal(new PlayoutStopped(200, 200, Cleared: true), events[1]);
        Assert.Equal(["m1", "m2"], events.OfType<MarkEchoed>().Select(m => m.Name));
        Assert.All(events.OfType<MarkEchoed>(), m => Assert.Equal((MarkEchoReason.Cleared, 200L), (m.Reason, m.At)));
        Assert.Equal(0, playout.QueuedSamples);
        Assert.Equal(0, playout.Advance(160).HeardSamples);
    }

    [Fact]
    public void Clear_PlivoDefault_DiscardsPendingCheckpointsWithoutEcho()
    {
        var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k, ProviderPlayoutOptions.Plivo);
        playout.Enqueue(s_frame);
        playout.Mark("cp");
        var events = playout.Clear();
        Assert.DoesNotContain(events, e => e is MarkEchoed);
        Assert.Equal("cp", Assert.Single(events.OfType<MarkDiscarded>()).Name);
    }

    [Fact]
    public void Advance_WithOutput_WritesAgentAudioThenSilence()
    {
        var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k);
        playout.Advance(40);
        playout.Enqueue(s_frame.AsSpan(0, 100));
        var heard = new byte[160];
        var step = playout.Advance(160, heard);
        Assert.Equal((40L, 0L, 100), (step.HeardAt, step.HeardStreamPosition, step.HeardSamples));
        Assert.Equal(s_frame[..100], heard[..100]);
        Assert.All(heard[100..], b => Assert.Equal(0xFF, b));
        Assert.Equal([typeof(PlayoutStarted), typeof(PlayoutStopped)], step.Events.Select(e => e.GetType()));
        Assert.Equal(140, ((PlayoutStopped)step.Events[1]).At);
    }

    [Fact]
    public void Advance_Prebuffer_WaitsForEnoughAudioOrTime()
    {
        var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k, new ProviderPlayoutOptions { PrebufferMs = 40 });
        playout.Enqueue(s_frame);
        Assert.Equal(0, playout.Advance(160).HeardSamples);
        var started = playout.Advance(320);
        Assert.Equal((320L, 160), (started.HeardAt, started.HeardSamples));

        playout.Enqueue(s_frame);
        playout.Enqueue(s_frame);
        Assert.Equal(480, playout.Advance(160).HeardAt);
    }

    [Fact]
    public void Enqueue_BeyondBufferCap_DiscardsAndReportsOverflow()
    {
        var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k, new ProviderPlayoutOptions { MaxQueuedMs = 30 });
        Assert.Empty(playout.Enqueue(s_frame));
        var overflow = Assert.IsType<QueueOverflowed>(Assert.Single(playout.Enqueue(s_frame)));
        Assert.Equal(80, overflow.Samples);
        Assert.Equal(240, playout.Received);
    }

    [Fact]
    public void Enqueue_HalfSampleOfPcm16_RefusedLoudly()
    {
        var playout = new ProviderPlayout(new StreamAudioFormat(Audio.AudioEncoding.Pcm16, 16000));
        Assert.Throws<ArgumentException>(() => playout.Enqueue(new byte[3]));
    }

    [Fact]
    public void Pcm16At16k_MarkTimesInSamplesOfTheStreamRate()
    {
        var playout = new ProviderPlayout(new StreamAudioFormat(Audio.AudioEncoding.Pcm16, 16000, PcmByteOrder.BigEndian));
        playout.Enqueue(new byte[640]);
        playout.Mark("end");
        var echo = Assert.Single(playout.Advance(320).Events.OfType<MarkEchoed>());
        Assert.Equal(320, echo.At);
        Assert.Equal(20.0, echo.At * 1000.0 / 16000);
    }
}
