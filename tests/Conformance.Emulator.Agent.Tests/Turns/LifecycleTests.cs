using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>turn-semantics.md §5 (TURN-050…053): inactivity timeout and maxDuration.</summary>
public class LifecycleTests
{
    private static readonly TurnPolicy s_inactive = TurnPolicy.Default with { InactivityTimeoutMs = 10_000, InactivityAction = InactivityAction.Prompt };

    [Fact]
    public void Inactivity_NothingHappens_FiresFromCallStartAndRestarts()
    {
        var fired = new Timeline().Run(s_inactive, 25_000).Of<InactivityTimedOut>().ToList();
        Assert.Equal([10_000.0, 20_000.0], fired.Select(f => f.At.Milliseconds));
        Assert.Equal([0.0, 10_000.0], fired.Select(f => f.Since.Milliseconds));
        Assert.All(fired, f => Assert.Equal(InactivityAction.Prompt, f.Action));
    }

    [Fact]
    public void Inactivity_CountedFromLaterOfSpeechEndAndAgentAudioEnd()
    {
        var run = new Timeline().Speech(0, 1000).Agent(2000, 6000).Run(s_inactive, 17_000);
        var fired = run.Single<InactivityTimedOut>();
        Assert.Equal((6000.0, 16_000.0), (fired.Since.Milliseconds, fired.At.Milliseconds));
    }

    [Fact]
    public void Inactivity_AfterCutReply_CountsFromCallerSpeechEnd()
    {
        var policy = s_inactive with { BargeIn = BargeInMode.HoldAndConfirm };
        var run = new Timeline().Agent(0, 8000).Speech(1000, 2000).Run(policy, 13_000);
        Assert.Equal(1300, run.Single<BargeIn>().At.Milliseconds);
        var fired = run.Single<InactivityTimedOut>();
        Assert.Equal((2000.0, 12_000.0), (fired.Since.Milliseconds, fired.At.Milliseconds));
    }

    [Fact]
    public void Inactivity_WhileCallerSpeaksOrAgentPlays_NeverFires()
    {
        var run = new Timeline().Speech(0, 12_000).Agent(12_500, 24_000).Run(s_inactive with { InactivityTimeoutMs = 5000 }, 24_000);
        run.None<InactivityTimedOut>();
    }

    [Fact]
    public void Inactivity_HangUpAction_Reported()
    {
        var fired = new Timeline().Run(s_inactive with { InactivityAction = InactivityAction.HangUp }, 11_000).Single<InactivityTimedOut>();
        Assert.Equal(InactivityAction.HangUp, fired.Action);
    }

    [Fact]
    public void Inactivity_Backchannel_StillCountsAsCallerSpeech()
    {
        var fired = new Timeline().Speech(4000, 4300).Run(s_inactive, 15_000).Single<InactivityTimedOut>();
        Assert.Equal(4300, fired.Since.Milliseconds);
    }

    [Fact]
    public void MaxDuration_WhileCallerSpeaking_EndsAtTheCap()
    {
        var run = new Timeline().Speech(0, 10_000).Agent(2000, 9000).Run(TurnPolicy.Default with { MaxDurationMs = 5000 }, 10_000);
        Assert.Equal(5000, run.Single<MaxDurationReached>().At.Milliseconds);
    }

    [Fact]
    public void MaxDuration_Unset_NeverFires() =>
        new Timeline().Run(TurnPolicy.Default, 20_000).None<MaxDurationReached>();
}
