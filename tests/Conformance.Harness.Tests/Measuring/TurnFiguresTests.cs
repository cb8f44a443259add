using Conformance.Audio;
using Conformance.Harness.Measuring;
using Conformance.Harness.Reporting;
using Conformance.Harness.Tests.Support;

namespace Conformance.Harness.Tests.Measuring;

public sealed class TurnFiguresTests
{
    private static readonly CallerUtterance s_caller = new("utterance-soft-cushion", 100, 2270, [new FixtureSegment { OnsetMs = 300, OffsetMs = 1980 }]);

    [Fact]
    public void CallerUtterance_GroundTruth_IsSegmentsShiftedBySendTime()
    {
        Assert.Equal(400, s_caller.OnsetMs);
        Assert.Equal(2080, s_caller.EndMs);
        Assert.Equal(2370, s_caller.StopMs);
        Assert.Equal(1680, s_caller.VoicedMs);
    }

    [Fact]
    public void CallerUtterance_NonSpeechSegment_IsLeftOut()
    {
        var caller = new CallerUtterance("c", 0, 5000,
        [
            new FixtureSegment { OnsetMs = 100, OffsetMs = 900 },
            new FixtureSegment { OnsetMs = 1000, OffsetMs = 1080, NonSpeech = true },
        ]);

        Assert.Equal(900, caller.EndMs);
    }

    [Fact]
    public void CallerUtterance_Silence_HasNoOnset()
    {
        var caller = new CallerUtterance("silence-3s", 0, 3000, []);

        Assert.False(caller.HasSpeech);
        Assert.Throws<InvalidOperationException>(() => caller.OnsetMs);
    }

    [Fact]
    public void TurnGap_ReplyAfterTheCaller_IsOnsetMinusCallerEnd()
    {
        var signal = Signals.Concat(Signals.Silence(2780, 8000), Signals.Tone(1000, 8000), Signals.Silence(200, 8000));
        var ear = EarFeeder.Play(signal, 8000, 2780, 3780).Snapshot();

        var gap = TurnFigures.TurnGap(s_caller, ear)!;

        Assert.Equal(700, gap.ValueMs, 3);
        Assert.Equal(MeasurementRules.CallerEdgeMs + MeasurementRules.AgentEdgeMs, gap.UncertaintyMs);
        Assert.Equal(MeasurementVerdict.Pass, gap.Expecting(700, 0).Verdict);
    }

    [Fact]
    public void TurnGap_AgentSpeaksInsideTheTurn_IsNegative()
    {
        var signal = Signals.Concat(Signals.Silence(1500, 8000), Signals.Tone(500, 8000), Signals.Silence(1000, 8000));
        var ear = EarFeeder.Play(signal, 8000, 1500, 2000).Snapshot();

        var gap = TurnFigures.TurnGap(s_caller, ear)!;

        Assert.Equal(-580, gap.ValueMs, 3);
        Assert.Equal(MeasurementVerdict.Fail, gap.AtLeast(300).Verdict);
    }

    [Fact]
    public void TurnGap_NoReply_IsNull()
    {
        var ear = EarFeeder.Play(Signals.Silence(4000, 8000), 8000, 0, 0).Snapshot();

        Assert.Null(TurnFigures.TurnGap(s_caller, ear));
    }

    [Fact]
    public void TurnGap_GreetingBeforeTheCaller_IsNotTheReply()
    {
        var signal = Signals.Concat(Signals.Tone(300, 8000), Signals.Silence(2700, 8000), Signals.Tone(500, 8000), Signals.Silence(300, 8000));
        var ear = EarFeeder.Play(signal, 8000, 0, 3800).Snapshot();

        Assert.Equal(3000 - 2080, TurnFigures.TurnGap(s_caller, ear)!.ValueMs, 3);
    }

    [Fact]
    public void BargeInStopLatency_AgentCutAfterTheOnset_IsCutMinusOnset()
    {
        var signal = Signals.Concat(Signals.Tone(1100, 8000), Signals.Silence(2000, 8000));
        var ear = EarFeeder.Play(signal, 8000, 0, 1100).Snapshot();

        var latency = TurnFigures.BargeInStopLatency(1000, ear)!;

        Assert.Equal(100, latency.ValueMs, 3);
    }

    [Fact]
    public void BargeInStopLatency_AgentIgnoresTheCaller_IsTheRestOfTheReply()
    {
        var signal = Signals.Concat(Signals.Tone(3000, 8000), Signals.Silence(500, 8000));
        var ear = EarFeeder.Play(signal, 8000, 0, 3000).Snapshot();

        Assert.Equal(2000, TurnFigures.BargeInStopLatency(1000, ear)!.ValueMs, 3);
        Assert.Equal(MeasurementVerdict.Fail, TurnFigures.BargeInStopLatency(1000, ear)!.WithinBudgetOf(300).Verdict);
    }

    [Fact]
    public void BargeInStopLatency_AgentSilentAtTheOnset_IsNull()
    {
        var signal = Signals.Concat(Signals.Tone(500, 8000), Signals.Silence(1500, 8000));
        var ear = EarFeeder.Play(signal, 8000, 0, 500).Snapshot();

        Assert.Null(TurnFigures.BargeInStopLatency(1000, ear));
    }

    [Fact]
    public void AudioLeak_AgentAudioDuringTheCallersSpeech_IsCounted()
    {
        var caller = new CallerUtterance("c", 1000, 2000, [new FixtureSegment { OnsetMs = 0, OffsetMs = 1500 }]);
        var signal = Signals.Concat(Signals.Tone(1300, 8000), Signals.Silence(1000, 8000), Signals.Tone(500, 8000), Signals.Silence(200, 8000));
        var ear = EarFeeder.Play(signal, 8000, 0, 1300).Snapshot();

        Assert.Equal(300, TurnFigures.AudioLeak(caller, ear).ValueMs, 3);
    }

    [Fact]
    public void AudioLeak_ReplyAfterTheCaller_IsNotALeak()
    {
        var caller = new CallerUtterance("c", 0, 1000, [new FixtureSegment { OnsetMs = 100, OffsetMs = 900 }]);
        var signal = Signals.Concat(Signals.Silence(1500, 8000), Signals.Tone(500, 8000));
        var ear = EarFeeder.Play(signal, 8000, 1500, 2000).Snapshot();

        Assert.Equal(0, TurnFigures.AudioLeak(caller, ear).ValueMs, 3);
    }

    [Fact]
    public void HeardOfResponseAt_CutReply_IsWhatPlayedBeforeTheCut()
    {
        var signal = Signals.Concat(Signals.Silence(500, 8000), Signals.Tone(1240, 8000), Signals.Silence(500, 8000));
        var ear = EarFeeder.Play(signal, 8000, 500, 1740).Snapshot();

        Assert.Equal(1240, TurnFigures.HeardOfResponseAt(1700, ear)!.Value, 3);
        Assert.Equal(0, TurnFigures.TruncatePositionError(1240, 1240).ValueMs);
        Assert.Null(TurnFigures.HeardOfResponseAt(100, ear));
    }

    [Fact]
    public void ClearLatency_IsArrivalMinusOnset()
    {
        var latency = TurnFigures.ClearLatency(1060, 1000);

        Assert.Equal(60, latency.ValueMs);
        Assert.Equal(MeasurementRules.WireEventMs + MeasurementRules.CallerEdgeMs, latency.UncertaintyMs);
    }
}
