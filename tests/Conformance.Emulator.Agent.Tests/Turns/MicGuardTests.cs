using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>turn-semantics.md §4 (TURN-030…032): the post-audio mic guard for legs without AEC.</summary>
public class MicGuardTests
{
    private static readonly TurnPolicy s_guarded = TurnPolicy.Default with { MicGuardMs = 500, BargeIn = BargeInMode.Instant };

    [Fact]
    public void Guard_EchoDuringAgentAudio_NoOnsetNoBargeNoTurn()
    {
        var run = new Timeline().Agent(0, 3000).Speech(0, 3000, -25).Run(s_guarded, 5000);
        run.None<SpeechStarted>();
        run.None<BargeIn>();
        run.None<TurnCommitted>();
    }

    [Fact]
    public void Guard_SpeechStartingInsideTheTail_Ignored()
    {
        var run = new Timeline().Agent(0, 3000).Speech(3300, 3480).Run(s_guarded, 5000);
        run.None<SpeechStarted>();
    }

    [Fact]
    public void Guard_RunCrossingTheGuardEnd_StartsWhenTheGuardLifts()
    {
        var run = new Timeline().Agent(0, 3000).Speech(3300, 4500).Run(s_guarded, 6000);
        Assert.Equal(3500, run.Single<SpeechStarted>().At.Milliseconds);
        Assert.Equal(5000, run.Single<TurnCommitted>().At.Milliseconds);
    }

    [Fact]
    public void Guard_SpeechStartedBeforeAgentAudio_ContinuesAndCommitsButNeverBarges()
    {
        var run = new Timeline().Speech(0, 2000).Agent(1500, 4000).Run(s_guarded, 5000);
        run.None<BargeIn>();
        var commit = run.Single<TurnCommitted>();
        Assert.Equal((0.0, 2000.0, 2500.0), (commit.SpeechStart.Milliseconds, commit.SpeechEnd.Milliseconds, commit.At.Milliseconds));
    }

    [Fact]
    public void Guard_BargeInInsideTheGuard_HoldAndConfirmNeverCuts()
    {
        var run = new Timeline().Agent(0, 5000).Speech(1000, 3000).Run(s_guarded with { BargeIn = BargeInMode.HoldAndConfirm }, 6000);
        run.None<BargeIn>();
        Assert.Equal(5000, run.LastAgentAudioMs);
    }

    [Fact]
    public void Guard_ZeroMs_StillCoversTheAgentAudioItself()
    {
        var run = new Timeline().Agent(0, 3000).Speech(2000, 3500).Run(s_guarded with { MicGuardMs = 0 }, 5000);
        Assert.Equal(3000, run.Single<SpeechStarted>().At.Milliseconds);
    }

    [Fact]
    public void Guard_Off_SameEchoBargesInInstantly()
    {
        var run = new Timeline().Agent(0, 3000).Speech(0, 3000, -25).Run(s_guarded with { MicGuardMs = null }, 5000);
        Assert.Equal(20, run.Single<BargeIn>().At.Milliseconds);
    }
}
