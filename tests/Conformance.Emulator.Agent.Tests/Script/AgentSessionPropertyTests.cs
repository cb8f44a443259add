using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Emulator.Agent.Tests.Script;

/// <summary>Session invariants over random callers, knobs and think latencies.</summary>
public class AgentSessionPropertyTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(100);

    /// <summary>
    /// turn-semantics §2: with the agent idle, reply start − speech end = silence threshold + think
    /// latency, each rounded up to the frame (exact when they are multiples of it).
    /// </summary>
    [Fact]
    public void IdleAgent_ReplyStartMinusSpeechEnd_IsSilencePlusThinkFrameQuantised()
    {
        var gen =
            from silence in Gen.Choose(100, 1200)
            from think in Gen.Choose(0, 1500)
            from frameMs in Gen.Elements(10, 20)
            from start in Gen.Choose(0, 100).Select(x => x * 10)
            from length in Gen.Choose(60, 400).Select(x => x * 10)
            select (silence, think, frameMs, start, length);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (silence, think, frameMs, start, length) = input;
            var persona = new Persona { Id = "p", DefaultReply = "reply-2s", ThinkLatencyMs = think };
            var policy = TurnPolicy.Default with { SilenceThresholdMs = silence, FirstSpeaker = FirstSpeaker.User };
            var h = new SessionHarness(persona, policy, frameMs: frameMs).Speech(start, start + length).Run(start + length + silence + think + 500);
            var commit = h.Single<TurnCommitted>();
            var reply = h.Single<PlaybackStarted>();
            var expected = Ceil(Ceil(silence, frameMs) + think, frameMs);
            Assert.Equal(expected, reply.At.Milliseconds - commit.SpeechEnd.Milliseconds, 6);
            Assert.Equal(reply.At.Milliseconds, h.AudibleIntervals()[0].From, 6);
        }).Check(s_config);
    }

    /// <summary>
    /// Whatever the caller does: agent audio never overlaps itself, a cut is always followed by
    /// silence in that frame, played ≤ sent ≤ clip length, and with barge-in off nothing is cut.
    /// </summary>
    [Fact]
    public void AnyCaller_OutputsConsistentWithCues()
    {
        var gen =
            from barge in Gen.Elements(BargeInMode.Off, BargeInMode.Instant, BargeInMode.HoldAndConfirm)
            from guard in Gen.Elements<int?>(null, null, 300)
            from speech in Gen.ListOf(from s in Gen.Choose(0, 1200) from l in Gen.Choose(1, 150) select (From: s * 20, To: (s + l) * 20), 8)
            select (barge, guard, speech);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var persona = new Persona { Id = "p", Greeting = "greeting", Replies = ["reply-4s", "reply-8s"], DefaultReply = "reply-2s" };
            var policy = TurnPolicy.Default with { BargeIn = input.barge, MicGuardMs = input.guard, MaxDurationMs = 30_000 };
            var h = new SessionHarness(persona, policy);
            foreach (var (from, to) in input.speech)
            {
                h.Speech(from, to);
            }

            h.Run(31_000);
            var cuts = h.Of<PlaybackCut>().Where(c => c.Reason == CutReason.BargeIn).ToList();
            if (input.barge == BargeInMode.Off || input.guard is not null)
            {
                Assert.Empty(cuts);
            }

            foreach (var cut in h.Of<PlaybackCut>())
            {
                Assert.InRange(cut.PlayedSamples, 0, cut.SentSamples);
                var frame = h.Frames.Single(f => Math.Abs(f.AtMs - cut.At.Milliseconds) < 1e-9);
                Assert.Null(frame.Output);
            }

            var lengths = h.Of<PlaybackStarted>().ToDictionary(p => p.PlaybackId, p => p.DurationSamples);
            foreach (var (_, output, _) in h.Frames)
            {
                if (output is { } o)
                {
                    Assert.InRange(o.Offset + o.Count, 1, lengths[o.PlaybackId]);
                }
            }

            var started = h.Of<PlaybackStarted>().Count();
            var ended = h.Of<PlaybackFinished>().Count() + h.Of<PlaybackCut>().Count();
            Assert.InRange(started - ended, 0, 1);
            Assert.True(h.HungUp);
        }).Check(s_config);
    }

    private static double Ceil(double ms, int frameMs) => Math.Ceiling(ms / frameMs) * frameMs;
}
