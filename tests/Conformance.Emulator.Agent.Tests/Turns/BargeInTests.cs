using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>turn-semantics.md §3 (TURN-020…026): off, instant, hold-and-confirm, interruptible.</summary>
public class BargeInTests
{
    private static readonly TurnPolicy s_instant = TurnPolicy.Default with { BargeIn = BargeInMode.Instant };
    private static readonly TurnPolicy s_hold = TurnPolicy.Default with { BargeIn = BargeInMode.HoldAndConfirm, BargeConfirmMs = 300 };

    [Fact]
    public void Instant_SingleVoicedFrame_CutsAtItsEndWithoutMinimumOnset()
    {
        var run = new Timeline().Agent(0, 5000).Speech(1000, 1020).Run(s_instant, 6000);
        var cut = run.Single<BargeIn>();
        Assert.Equal((1020.0, 1000.0, BargeInMode.Instant), (cut.At.Milliseconds, cut.TriggeredAt.Milliseconds, cut.Mode));
        run.None<SpeechStarted>();
        Assert.Equal(1020, run.LastAgentAudioMs);
    }

    [Fact]
    public void Instant_CallerUtteranceThenRunsThroughCommit()
    {
        var run = new Timeline().Agent(0, 5000).Speech(1000, 2000).Run(s_instant, 4000);
        Assert.Equal(1020, run.Single<BargeIn>().At.Milliseconds);
        var commit = run.Single<TurnCommitted>();
        Assert.Equal(2500, commit.At.Milliseconds);
    }

    [Fact]
    public void Instant_NoAgentAudio_NoCut()
    {
        var run = new Timeline().Speech(1000, 2000).Run(s_instant, 3000);
        run.None<BargeIn>();
    }

    [Fact]
    public void HoldAndConfirm_ContinuerShorterThanConfirm_NoCutAndBackchannel()
    {
        var run = new Timeline().Agent(0, 5000).Speech(1000, 1200).Run(s_hold, 6000);
        run.None<BargeIn>();
        Assert.Equal(SpeechDisposition.Backchannel, run.Single<SpeechEnded>().Disposition);
        run.None<TurnCommitted>();
        Assert.Equal(5000, run.LastAgentAudioMs);
    }

    [Fact]
    public void HoldAndConfirm_SustainedSpeech_CutsWhenVoicedExtentReachesConfirm()
    {
        var run = new Timeline().Agent(0, 5000).Speech(1000, 2000).Run(s_hold, 4000);
        var cut = run.Single<BargeIn>();
        Assert.Equal((1300.0, 1300.0, 1000.0), (cut.At.Milliseconds, cut.TriggeredAt.Milliseconds, cut.SpeechStart.Milliseconds));
        Assert.Equal(1300, run.LastAgentAudioMs);
        Assert.Equal(2500, run.Single<TurnCommitted>().At.Milliseconds);
    }

    [Fact]
    public void HoldAndConfirm_PauseInsideUtterance_ConfirmCountsVoicedExtentNotWallTime()
    {
        // 1000–1200 voiced, pause, 1400–1600: the extent 1000→1600 passes 300 ms at frame 1400–1420.
        var run = new Timeline().Agent(0, 5000).Speech(1000, 1200).Speech(1400, 1600).Run(s_hold, 6000);
        Assert.Equal(1420, run.Single<BargeIn>().At.Milliseconds);
    }

    [Fact]
    public void HoldAndConfirm_LongContinuerBelowConfirmButAboveMinSpeech_NoCutButCommits()
    {
        var policy = s_hold with { BargeConfirmMs = 1000 };
        var run = new Timeline().Agent(0, 5000).Speech(1000, 1700).Run(policy, 6000);
        run.None<BargeIn>();
        Assert.Equal(2200, run.Single<TurnCommitted>().At.Milliseconds);
    }

    [Fact]
    public void HoldAndConfirm_ZeroConfirm_CutsWhenSpeechStartIsDetected()
    {
        var run = new Timeline().Agent(0, 5000).Speech(1000, 2000).Run(s_hold with { BargeConfirmMs = 0 }, 3000);
        Assert.Equal(1060, run.Single<BargeIn>().At.Milliseconds);
        Assert.Equal(1060, run.Single<SpeechStarted>().DetectedAt.Milliseconds);
    }

    [Fact]
    public void HoldAndConfirm_UtteranceStartedBeforeAgentAudio_CutsOnFirstAgentFrame()
    {
        var run = new Timeline().Speech(0, 3000).Agent(1000, 5000).Run(s_hold, 4000);
        var cut = run.Single<BargeIn>();
        Assert.Equal((1020.0, 1000.0), (cut.At.Milliseconds, cut.TriggeredAt.Milliseconds));
    }

    [Fact]
    public void Off_SpeechDuringAgentAudio_NeitherCutsNorCommits()
    {
        var run = new Timeline().Agent(0, 5000).Speech(1000, 3000).Run(TurnPolicy.Default with { BargeIn = BargeInMode.Off }, 6000);
        run.None<BargeIn>();
        Assert.True(run.Single<SpeechStarted>().Ignored);
        Assert.Equal(SpeechDisposition.Ignored, run.Single<SpeechEnded>().Disposition);
        run.None<TurnCommitted>();
        Assert.Equal(5000, run.LastAgentAudioMs);
    }

    [Fact]
    public void Off_SpeechAfterAgentAudio_CommitsNormally()
    {
        var run = new Timeline().Agent(0, 1000).Speech(1500, 2500).Run(TurnPolicy.Default with { BargeIn = BargeInMode.Off }, 4000);
        Assert.Equal(3000, run.Single<TurnCommitted>().At.Milliseconds);
    }

    [Fact]
    public void Uninterruptible_FirstMessageThenInterruptibleSecond_OnlySecondIsCut()
    {
        var run = new Timeline()
            .Agent(0, 3000, interruptible: false)
            .Speech(1000, 2000)
            .Agent(5000, 9000)
            .Speech(6000, 7000)
            .Run(s_hold, 10000);
        var cut = run.Single<BargeIn>();
        Assert.Equal(6300, cut.At.Milliseconds);
        var ended = run.Of<SpeechEnded>().ToList();
        Assert.Equal([SpeechDisposition.Ignored, SpeechDisposition.Commit], ended.Select(e => e.Disposition));
        Assert.Equal(7500, run.Single<TurnCommitted>().At.Milliseconds);
    }

    [Fact]
    public void Uninterruptible_InstantModeToo_NoCut()
    {
        var run = new Timeline().Agent(0, 3000, interruptible: false).Speech(1000, 2000).Run(s_instant, 4000);
        run.None<BargeIn>();
        run.None<TurnCommitted>();
    }

    [Fact]
    public void Cut_AgentKeepsPlayingDespiteCut_EngineDoesNotCutTwiceInOnePlayback()
    {
        var run = new Timeline().Agent(0, 5000).Speech(1000, 1020).Speech(2000, 2020).Run(s_instant, 6000, cutsStopAgent: false);
        Assert.Single(run.Of<BargeIn>());
    }

    [Fact]
    public void Cut_NewPlaybackAfterCut_CanBeCutAgain()
    {
        var run = new Timeline().Agent(0, 2000).Speech(1000, 1020).Agent(3000, 5000).Speech(4000, 4020).Run(s_instant, 6000);
        Assert.Equal([1020.0, 4020.0], run.Of<BargeIn>().Select(c => c.At.Milliseconds));
    }

    [Fact]
    public void BackchannelDuringAgentSpeech_HoldAndConfirm_AgentPlaysOnAndNoTurn()
    {
        var run = new Timeline().Agent(0, 6000).Speech(1500, 1750).Speech(3000, 3200).Run(s_hold, 7000);
        run.None<BargeIn>();
        run.None<TurnCommitted>();
        Assert.All(run.Of<SpeechEnded>(), e => Assert.Equal(SpeechDisposition.Backchannel, e.Disposition));
        Assert.Equal(6000, run.LastAgentAudioMs);
    }
}
