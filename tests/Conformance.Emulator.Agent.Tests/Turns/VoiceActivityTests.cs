using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>turn-semantics.md §1 (TURN-001…005): thresholds, hysteresis, minimum onset, edges.</summary>
public class VoiceActivityTests
{
    private static readonly TurnPolicy s_policy = TurnPolicy.Default;

    [Fact]
    public void Speech_0To1200_StartsAtFirstVoicedFrameAndEndsAtLastVoicedFrame()
    {
        var run = new Timeline().Speech(0, 1200).Run(s_policy, 3000);
        var started = run.Single<SpeechStarted>();
        Assert.Equal((0.0, 60.0), (started.At.Milliseconds, started.DetectedAt.Milliseconds));
        var ended = run.Single<SpeechEnded>();
        Assert.Equal((1200.0, 1700.0, 0.0), (ended.At.Milliseconds, ended.DetectedAt.Milliseconds, ended.Start.Milliseconds));
        Assert.Equal(SpeechDisposition.Commit, ended.Disposition);
    }

    [Fact]
    public void Onset_VoicedRunShorterThanMinimum_IsNotSpeech()
    {
        var run = new Timeline().Speech(1000, 1040).Speech(1100, 1140).Run(s_policy, 2000);
        run.None<SpeechStarted>();
    }

    [Fact]
    public void Onset_RunBrokenByUnvoicedFrame_RestartsCounting()
    {
        var run = new Timeline().Speech(1000, 1040).Speech(1060, 1120).Run(s_policy, 2500);
        Assert.Equal(1060, run.Single<SpeechStarted>().At.Milliseconds);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(20, 20)]
    [InlineData(100, 100)]
    [InlineData(60, 60)]
    public void Onset_MinimumOnsetKnob_DetectionDelayedByTheRunButStartIsNot(int minOnsetMs, double detectedAfterMs)
    {
        var run = new Timeline().Speech(500, 1500).Run(s_policy with { VadMinOnsetMs = minOnsetMs }, 2500);
        var started = run.Single<SpeechStarted>();
        Assert.Equal(500, started.At.Milliseconds);
        Assert.Equal(500 + detectedAfterMs, started.DetectedAt.Milliseconds);
    }

    [Fact]
    public void Threshold_LevelExactlyAtVadOn_IsVoiced()
    {
        var run = new Timeline().Speech(0, 1000, -40).Run(s_policy, 2000);
        Assert.Single(run.Of<SpeechStarted>());
    }

    [Fact]
    public void Threshold_BetweenOffAndOnFromIdle_NeverStartsSpeech()
    {
        var run = new Timeline().Speech(0, 2000, -42).Run(s_policy, 3000);
        run.None<SpeechStarted>();
    }

    [Fact]
    public void Hysteresis_DropBetweenOffAndOnDuringSpeech_StaysVoiced()
    {
        var run = new Timeline().Speech(0, 600, -20).Speech(600, 1000, -43).Run(s_policy, 2500);
        Assert.Equal(1000, run.Single<SpeechEnded>().At.Milliseconds);
    }

    [Fact]
    public void Hysteresis_DropBelowOff_IsUnvoiced()
    {
        var run = new Timeline().Speech(0, 600, -20).Speech(600, 1000, -46).Run(s_policy, 2500);
        Assert.Equal(600, run.Single<SpeechEnded>().At.Milliseconds);
    }

    [Fact]
    public void Pause_ShorterThanSilenceThreshold_StaysInsideTheUtterance()
    {
        var run = new Timeline().Speech(0, 800).Speech(1280, 2000).Run(s_policy, 3000);
        var ended = run.Single<SpeechEnded>();
        Assert.Equal((0.0, 2000.0), (ended.Start.Milliseconds, ended.At.Milliseconds));
    }

    [Fact]
    public void Pause_EqualToSilenceThreshold_EndsTheUtterance()
    {
        var run = new Timeline().Speech(0, 800).Speech(1300, 2000).Run(s_policy, 3000);
        Assert.Equal([800.0, 2000.0], run.Of<SpeechEnded>().Select(e => e.At.Milliseconds));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(500)]
    [InlineData(800)]
    public void SilenceThreshold_Knob_EndDetectedExactlyThatLongAfterLastVoicedFrame(int silenceMs)
    {
        var run = new Timeline().Speech(100, 1300).Run(s_policy with { SilenceThresholdMs = silenceMs }, 3000);
        var ended = run.Single<SpeechEnded>();
        Assert.Equal(1300, ended.At.Milliseconds);
        Assert.Equal(1300 + silenceMs, ended.DetectedAt.Milliseconds);
    }

    [Theory]
    [InlineData(8000, 20)]
    [InlineData(16000, 10)]
    [InlineData(48000, 20)]
    [InlineData(24000, 10)]
    public void Rates_AnyRateAndFrameSize_SameMillisecondResults(int rate, int frameMs)
    {
        var run = new Timeline(rate, frameMs).Speech(100, 1300).Run(s_policy, 3000);
        Assert.Equal(100, run.Single<SpeechStarted>().At.Milliseconds);
        Assert.Equal(1300, run.Single<SpeechEnded>().At.Milliseconds);
        Assert.Equal(1800, run.Single<TurnCommitted>().At.Milliseconds);
        Assert.Equal(rate, run.Single<TurnCommitted>().At.SampleRate);
    }

    [Fact]
    public void Process_NonContiguousFrame_Refused()
    {
        var engine = new TurnEngine(s_policy, 8000);
        engine.Process(new TurnFrame(0, 160, -70));
        Assert.Throws<ArgumentException>(() => engine.Process(new TurnFrame(320, 160, -70)));
        Assert.Throws<ArgumentException>(() => engine.Process(new TurnFrame(160, 0, -70)));
    }
}
