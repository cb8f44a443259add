using Conformance.Emulator.Agent.Turns;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>Invariants over random timelines and random knobs.</summary>
public class TurnEnginePropertyTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(200);

    private sealed record Scenario(TurnPolicy Policy, int FrameMs, List<(int From, int To, int Dbfs)> Speech, List<(int From, int To, bool Interruptible)> Agent);

    private static Gen<Scenario> Scenarios { get; } =
        from silence in Gen.Elements(200, 300, 500, 800)
        from minSpeech in Gen.Elements(0, 400, 600, 1000)
        from interval in Gen.Elements(0, 1500, 3000)
        from barge in Gen.Elements(BargeInMode.Off, BargeInMode.Instant, BargeInMode.HoldAndConfirm)
        from confirm in Gen.Elements(0, 300, 700)
        from guard in Gen.Elements<int?>(null, null, 0, 400)
        from onset in Gen.Elements(0, 40, 60, 100)
        from frameMs in Gen.Elements(10, 20)
        from speech in Gen.ListOf(Interval(20_000).SelectMany(i => Gen.Elements(-20, -38, -42, -50).Select(d => (i.From, i.To, Dbfs: d))), 12)
        from agent in Gen.ListOf(Interval(20_000).SelectMany(i => Gen.Elements(true, true, false).Select(b => (i.From, i.To, Interruptible: b))), 4)
        select new Scenario(
            TurnPolicy.Default with
            {
                SilenceThresholdMs = silence, ResponseMinSpeechMs = minSpeech, CommitMinIntervalMs = interval, BargeIn = barge,
                BargeConfirmMs = confirm, MicGuardMs = guard, VadMinOnsetMs = onset, InactivityTimeoutMs = 5000, MaxDurationMs = 18_000,
            },
            frameMs,
            [.. speech],
            [.. agent]);

    [Fact]
    public void AnyTimeline_NoCommitForSpeechShorterThanResponseMinSpeech() =>
        Check(run => run.Events.OfType<TurnCommitted>(), (s, commit) =>
            Assert.True(commit.SpeechEnd.Milliseconds - commit.SpeechStart.Milliseconds >= s.Policy.ResponseMinSpeechMs));

    [Fact]
    public void AnyTimeline_NoCutWhileBargeInIsOffOrTheGuardIsOn() =>
        Check(run => run.Events.OfType<BargeIn>(), (s, _) =>
            Assert.True(s.Policy.BargeIn != BargeInMode.Off && s.Policy.MicGuardMs is null));

    [Fact]
    public void AnyTimeline_CutsOnlyWhileInterruptibleAgentAudioIsGoingOut() =>
        Check(run => run.Events.OfType<BargeIn>().Select(c => (c, run)), (s, item) =>
        {
            var (cut, run) = item;
            Assert.Contains(run.AgentAudible, a => Math.Abs(a.To - cut.At.Milliseconds) < 0.001);
            Assert.Contains(s.Agent, a => a.Interruptible && cut.At.Milliseconds > a.From && cut.At.Milliseconds <= a.To);
        });

    [Fact]
    public void AnyTimeline_UndeferredCommitIsExactlySilenceThresholdAfterSpeechEndFrameQuantised() =>
        Check(run => run.Events.OfType<TurnCommitted>().Where(c => !c.Deferred), (s, commit) =>
        {
            var expected = commit.SpeechEnd.Milliseconds + (Math.Ceiling((double)s.Policy.SilenceThresholdMs / s.FrameMs) * s.FrameMs);
            Assert.Equal(expected, commit.At.Milliseconds, 6);
        });

    [Fact]
    public void AnyTimeline_CommitsAtLeastTheIntervalApartAndNumberedInOrder() =>
        Check(run => new[] { run.Events.OfType<TurnCommitted>().ToList() }, (s, commits) =>
        {
            for (var i = 1; i < commits.Count; i++)
            {
                Assert.True(commits[i].At.Milliseconds - commits[i - 1].At.Milliseconds >= s.Policy.CommitMinIntervalMs);
                Assert.Equal(commits[i - 1].TurnIndex + 1, commits[i].TurnIndex);
            }
        });

    [Fact]
    public void AnyTimeline_SpeechEdgesAlternateAndStartPrecedesDetection() =>
        Check(run => new[] { run.Events.Where(e => e is SpeechStarted or SpeechEnded).ToList() }, (_, edges) =>
        {
            for (var i = 0; i < edges.Count; i++)
            {
                Assert.IsType(i % 2 == 0 ? typeof(SpeechStarted) : typeof(SpeechEnded), edges[i]);
            }

            foreach (var started in edges.OfType<SpeechStarted>())
            {
                Assert.True(started.At <= started.DetectedAt);
            }
        });

    private static void Check<T>(Func<TimelineRun, IEnumerable<T>> select, Action<Scenario, T> assert) =>
        Prop.ForAll(Scenarios.ToArbitrary(), scenario =>
        {
            var timeline = new Timeline(8000, scenario.FrameMs);
            foreach (var (from, to, dbfs) in scenario.Speech)
            {
                timeline.Speech(from, to, dbfs);
            }

            foreach (var (from, to, interruptible) in scenario.Agent)
            {
                timeline.Agent(from, to, interruptible);
            }

            var run = timeline.Run(scenario.Policy, 20_000);
            foreach (var item in select(run))
            {
                assert(scenario, item);
            }
        }).Check(s_config);

    private static Gen<(int From, int To)> Interval(int horizonMs) =>
        from start in Gen.Choose(0, horizonMs / 20).Select(x => x * 20)
        from length in Gen.Choose(1, 150).Select(x => x * 20)
        select (start, Math.Min(horizonMs, start + length));
}
