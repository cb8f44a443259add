using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>turn-semantics.md §2 (TURN-010…013): commit time, backchannels, spacing, createResponse.</summary>
public class CommitTests
{
    [Fact]
    public void Commit_AtSpeechEndPlusSilenceThreshold()
    {
        var commit = new Timeline().Speech(200, 1400).Run(TurnPolicy.Default, 3000).Single<TurnCommitted>();
        Assert.Equal((1900.0, 200.0, 1400.0, 1), (commit.At.Milliseconds, commit.SpeechStart.Milliseconds, commit.SpeechEnd.Milliseconds, commit.TurnIndex));
        Assert.False(commit.Deferred);
    }

    [Theory]
    [InlineData(400, SpeechDisposition.Backchannel)]
    [InlineData(580, SpeechDisposition.Backchannel)]
    [InlineData(600, SpeechDisposition.Commit)]
    [InlineData(620, SpeechDisposition.Commit)]
    public void ResponseMinSpeech_ShorterIsBackchannelThatNeverCommits(int speechMs, SpeechDisposition expected)
    {
        var run = new Timeline().Speech(1000, 1000 + speechMs).Run(TurnPolicy.Default, 4000);
        Assert.Equal(expected, run.Single<SpeechEnded>().Disposition);
        Assert.Equal(expected == SpeechDisposition.Commit ? 1 : 0, run.Of<TurnCommitted>().Count());
    }

    [Fact]
    public void ResponseMinSpeech_Raised_MoreContinuersIgnored()
    {
        var run = new Timeline().Speech(0, 800).Run(TurnPolicy.Default with { ResponseMinSpeechMs = 1000 }, 3000);
        Assert.Equal(SpeechDisposition.Backchannel, run.Single<SpeechEnded>().Disposition);
        run.None<TurnCommitted>();
    }

    [Fact]
    public void CommitSpacing_SecondCommitTooSoon_WaitsUntilPreviousPlusInterval()
    {
        // A: 0–700 → commit 1200. B: 1300–2000 → would commit 2500, but 1200 + 1500 = 2700.
        var commits = new Timeline().Speech(0, 700).Speech(1300, 2000).Run(TurnPolicy.Default, 4000).Of<TurnCommitted>().ToList();
        Assert.Equal([1200.0, 2700.0], commits.Select(c => c.At.Milliseconds));
        Assert.Equal([false, true], commits.Select(c => c.Deferred));
        Assert.Equal([1, 2], commits.Select(c => c.TurnIndex));
    }

    [Fact]
    public void CommitSpacing_SecondUtteranceEndsWhileFirstWaits_BothBecomeOneTurn()
    {
        var policy = TurnPolicy.Default with { SilenceThresholdMs = 100, CommitMinIntervalMs = 3000 };
        var commits = new Timeline().Speech(0, 700).Speech(1000, 1700).Speech(2000, 2700).Run(policy, 5000).Of<TurnCommitted>().ToList();
        Assert.Equal(2, commits.Count);
        Assert.Equal((3800.0, 1000.0, 2700.0), (commits[1].At.Milliseconds, commits[1].SpeechStart.Milliseconds, commits[1].SpeechEnd.Milliseconds));
    }

    [Fact]
    public void CommitSpacing_Zero_EveryUtteranceCommitsAtOnce()
    {
        var commits = new Timeline().Speech(0, 700).Speech(1300, 2000).Run(TurnPolicy.Default with { CommitMinIntervalMs = 0 }, 4000).Of<TurnCommitted>();
        Assert.Equal([1200.0, 2500.0], commits.Select(c => c.At.Milliseconds));
    }

    [Fact]
    public void CreateResponseFalse_CommitStillJournaledWithFlag()
    {
        var commit = new Timeline().Speech(0, 1000).Run(TurnPolicy.Default with { CreateResponse = false }, 2000).Single<TurnCommitted>();
        Assert.False(commit.CreateResponse);
    }
}
