using Conformance.Harness.Measuring;
using Conformance.Harness.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Harness.Tests.Measuring;

public sealed class AgentEarTests
{
    [Fact]
    public void Segments_ToneBetweenSilences_FoundAtTheToneEdges()
    {
        var signal = Signals.Concat(Signals.Silence(1000, 8000), Signals.Tone(500, 8000), Signals.Silence(500, 8000));
        var ear = EarFeeder.Play(signal, 8000, 1000, 1500);

        var segment = Assert.Single(ear.Segments);
        Assert.Equal(1000, segment.StartMs, 3);
        Assert.Equal(1500, segment.EndMs, 3);
        Assert.False(segment.Open);
        Assert.Equal(2000, ear.LengthMs, 3);
    }

    [Fact]
    public void Segments_ToneStillGoing_IsOpenUpToTheLastVoicedFrame()
    {
        var signal = Signals.Concat(Signals.Silence(200, 16000), Signals.Tone(400, 16000));
        var ear = EarFeeder.Play(signal, 16000, 200, 600);

        var segment = Assert.Single(ear.Segments);
        Assert.True(segment.Open);
        Assert.Equal(200, segment.StartMs, 3);
        Assert.Equal(600, segment.EndMs, 3);
        Assert.True(ear.AgentPlaying);
    }

    [Fact]
    public void Segments_QuietTone_BelowTheDetectorThreshold_IsNotSpeech()
    {
        var signal = Signals.Concat(Signals.Tone(1000, 8000, dbfs: -50), Signals.Silence(300, 8000));
        var ear = EarFeeder.Play(signal, 8000, 0, 1000);

        Assert.Empty(ear.Segments);
        Assert.Equal(1000, ear.Snapshot().PlayedMsFrom(0), 3);
    }

    [Fact]
    public void Segments_PauseShorterThanHangover_StaysOneSegment()
    {
        var signal = Signals.Concat(Signals.Tone(300, 8000), Signals.Silence(100, 8000), Signals.Tone(300, 8000), Signals.Silence(400, 8000));
        var ear = EarFeeder.Play(signal, 8000, 0, 700);

        var segment = Assert.Single(ear.Segments);
        Assert.Equal(0, segment.StartMs, 3);
        Assert.Equal(700, segment.EndMs, 3);
    }

    [Fact]
    public void Played_ContiguousFrames_MergeIntoOneRange()
    {
        var signal = Signals.Concat(Signals.Silence(100, 8000), Signals.Tone(1000, 8000), Signals.Silence(100, 8000));
        var ear = EarFeeder.Play(signal, 8000, 100, 1100);

        var range = Assert.Single(ear.Played);
        Assert.Equal(800, range.Start);
        Assert.Equal(8800, range.End);
        var snapshot = ear.Snapshot();
        Assert.Equal(1100, snapshot.LastPlayedEndMs!.Value, 3);
        Assert.Equal(600, snapshot.PlayedMsFrom(500), 3);
        Assert.Equal(100, snapshot.FirstPlayedFrom(0)!.Value, 3);
    }

    [Fact]
    public void AppendSilence_AdvancesTheClockWithoutAgentAudio()
    {
        var ear = new AgentEar(48000);
        ear.AppendSilence(48000);

        Assert.Equal(1000, ear.LengthMs, 3);
        Assert.Empty(ear.Played);
        Assert.Empty(ear.Segments);
    }

    [Fact]
    public void Append_AgentRangeOutsideTheChunk_Throws()
    {
        var ear = new AgentEar(8000);

        Assert.Throws<ArgumentOutOfRangeException>(() => ear.Append(new short[160], 100, 100));
    }

    [Fact]
    public void Onset_AnyPlacement_IsFoundWithinOneFrame()
    {
        // §6: agent audible onset ± 1 frame of detector quantisation, wherever the tone starts.
        Prop.ForAll(Gen.Choose(0, 4000).ToArbitrary(), Gen.Choose(100, 1500).ToArbitrary(), (startMs, lengthMs) =>
        {
            var signal = Signals.Concat(Signals.Silence(startMs, 8000), Signals.Tone(lengthMs, 8000, dbfs: -25), Signals.Silence(400, 8000));
            var segment = EarFeeder.Play(signal, 8000, startMs, startMs + lengthMs).Segments.Single();
            return Math.Abs(segment.StartMs - startMs) <= MeasurementRules.FrameMs
                && Math.Abs(segment.EndMs - (startMs + lengthMs)) <= MeasurementRules.FrameMs;
        }).QuickCheckThrowOnFailure();
    }
}
