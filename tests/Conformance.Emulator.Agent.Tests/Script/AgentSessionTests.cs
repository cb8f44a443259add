using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Script;

/// <summary>The scripted agent end to end on synthetic timelines (turn-semantics §2–5, TURN-06x).</summary>
public class AgentSessionTests
{
    private static readonly Persona s_default = new()
    {
        Id = "t",
        Greeting = "greeting",
        CheckIn = "checkin",
        Goodbye = "goodbye",
        Replies = ["reply-2s", "reply-4s"],
        DefaultReply = "reply-2s",
    };

    [Fact]
    public void Greeting_AgentFirst_PlaysFromMediaUpToItsExactEnd()
    {
        var h = new SessionHarness(s_default).Run(4000);
        var started = h.Single<PlaybackStarted>();
        Assert.Equal((0.0, "greeting", PlaybackPurpose.Greeting, 1), (started.At.Milliseconds, started.ClipId, started.Purpose, started.Ordinal));
        Assert.Equal("Hello, thanks for calling. How can I help?", started.Transcript);
        Assert.Equal(3000, h.Single<PlaybackFinished>().At.Milliseconds);
        Assert.Equal([(0.0, 3000.0)], h.AudibleIntervals());
    }

    [Fact]
    public void Outputs_AreContiguousFrameAlignedSlicesOfTheClip()
    {
        var h = new SessionHarness(s_default).Run(4000);
        var offsets = h.Frames.Where(f => f.Output is not null).Select(f => f.Output!.Value).ToList();
        Assert.Equal(150, offsets.Count);
        Assert.All(offsets.Select((o, i) => (o, i)), x =>
        {
            Assert.Equal(x.i * 160L, x.o.Offset);
            Assert.Equal(x.i, x.o.FrameIndex(160));
        });
    }

    [Fact]
    public void Reply_AfterCallerTurn_StartsSilencePlusThinkAfterSpeechEnd()
    {
        var h = new SessionHarness(s_default).Speech(4000, 5200).Run(9000);
        var commit = h.Single<TurnCommitted>();
        Assert.Equal(5700, commit.At.Milliseconds);
        var scheduled = h.Single<ReplyScheduled>();
        Assert.Equal((5700.0, 5900.0, "reply-2s", "replies[0]"), (scheduled.At.Milliseconds, scheduled.StartAt.Milliseconds, scheduled.ClipId, scheduled.Rule));
        var reply = h.Of<PlaybackStarted>().Single(p => p.Purpose == PlaybackPurpose.Reply);
        Assert.Equal((5900.0, 1), (reply.At.Milliseconds, reply.TurnIndex));
        Assert.Equal(5900 - 5200, reply.At.Milliseconds - commit.SpeechEnd.Milliseconds);
        Assert.Equal([(0.0, 3000.0), (5900.0, 7900.0)], h.AudibleIntervals());
    }

    [Fact]
    public void Replies_ByTurnThenDefault()
    {
        var h = new SessionHarness(s_default with { Greeting = null })
            .Speech(0, 1000).Speech(5000, 6000).Speech(14_000, 15_000)
            .Run(20_000);
        Assert.Equal(["reply-2s", "reply-4s", "reply-2s"], h.Of<PlaybackStarted>().Select(p => p.ClipId));
        Assert.Equal(["replies[0]", "replies[1]", "defaultReply"], h.Of<ReplyScheduled>().Select(r => r.Rule));
    }

    [Fact]
    public void Rules_TurnRuleOverridesRepliesWithItsOwnThinkLatency()
    {
        var persona = s_default with { Greeting = null, Rules = [new PersonaRule(1, null, "reply-6s", 700)] };
        var h = new SessionHarness(persona).Speech(0, 1000).Run(4000);
        var scheduled = h.Single<ReplyScheduled>();
        Assert.Equal(("reply-6s", "rules[0]", 2200.0), (scheduled.ClipId, scheduled.Rule, scheduled.StartAt.Milliseconds));
    }

    [Fact]
    public void Rules_NullReply_SuppressedAndJournaled()
    {
        var persona = s_default with { Greeting = null, Rules = [new PersonaRule(1, null, null, null)] };
        var h = new SessionHarness(persona).Speech(0, 1000).Run(4000);
        var suppressed = h.Single<ReplySuppressed>();
        Assert.Equal((SuppressionReason.NoReply, "rules[0]", 1), (suppressed.Reason, suppressed.Detail, suppressed.TurnIndex));
        Assert.Empty(h.Of<PlaybackStarted>());
    }

    [Fact]
    public void CreateResponseFalse_CommitWithoutReply()
    {
        var h = new SessionHarness(s_default with { Greeting = null }, TurnPolicy.Default with { CreateResponse = false }).Speech(0, 1000).Run(4000);
        Assert.Single(h.Of<TurnCommitted>());
        Assert.Equal(SuppressionReason.CreateResponseFalse, h.Single<ReplySuppressed>().Reason);
        Assert.Empty(h.Of<PlaybackStarted>());
    }

    [Fact]
    public void FirstSpeakerUser_SilentUntilTheFirstCommit()
    {
        var h = new SessionHarness(s_default, TurnPolicy.Default with { FirstSpeaker = FirstSpeaker.User }).Speech(2000, 3000).Run(7000);
        var started = h.Single<PlaybackStarted>();
        Assert.Equal(("reply-2s", 3700.0, 1), (started.ClipId, started.At.Milliseconds, started.Ordinal));
        Assert.Equal(3700, h.AudibleIntervals()[0].From);
    }

    [Fact]
    public void Preroll_ThenGreetingBackToBackWithoutThinking()
    {
        var h = new SessionHarness(s_default with { Preroll = "preroll" }).Run(5000);
        Assert.Equal([("preroll", 0.0), ("greeting", 1000.0)], h.Of<PlaybackStarted>().Select(p => (p.ClipId, p.At.Milliseconds)));
        Assert.Equal([(0.0, 4000.0)], h.AudibleIntervals());
        Assert.DoesNotContain(h.Of<ActivityChanged>(), a => a.Activity == AgentActivity.Thinking);
    }

    [Fact]
    public void Preroll_IsNotTheFirstMessage_GreetingIsUninterruptible()
    {
        var h = new SessionHarness(s_default with { Preroll = "preroll" }, TurnPolicy.Default with { FirstMessageInterruptible = false }).Run(5000);
        Assert.Equal([true, false], h.Of<PlaybackStarted>().Select(p => p.Interruptible));
    }

    [Fact]
    public void BargeIn_HoldAndConfirm_CutAtConfirmWithPlayedPositionAndClear()
    {
        var h = new SessionHarness(s_default).Speech(1000, 2500).Run(6000);
        var cut = h.Single<PlaybackCut>();
        Assert.Equal((1300.0, "greeting", CutReason.BargeIn), (cut.At.Milliseconds, cut.ClipId, cut.Reason));
        Assert.Equal((10_400L, 10_400L, 1300.0), (cut.SentSamples, cut.PlayedSamples, cut.PlayedMs));
        var clearFrame = Assert.Single(h.Frames, f => f.Clear);
        Assert.Equal(1300, clearFrame.AtMs);
        Assert.Null(clearFrame.Output);
        Assert.Equal((0.0, 1300.0), h.AudibleIntervals()[0]);
        Assert.Equal(3200, h.Of<PlaybackStarted>().Single(p => p.Purpose == PlaybackPurpose.Reply).At.Milliseconds);
    }

    [Fact]
    public void BargeIn_MediaStreamLeg_PlayedPositionIsTheLastAcknowledgedSample()
    {
        var h = new SessionHarness(s_default, played: PlayedPositionSource.Acknowledged) { BeforeStep = Acknowledge };
        h.Speech(1000, 2500).Run(3000);
        var cut = h.Single<PlaybackCut>();
        Assert.Equal(10_400, cut.SentSamples);
        Assert.Equal(1200 * 8, cut.PlayedSamples);
        Assert.Equal(1200, cut.PlayedMs);

        // The provider echoes a mark 100 ms after each 20 ms frame went out.
        static void Acknowledge(SessionHarness harness, double nowMs) =>
            harness.Session.ReportPlayed(1, (long)Math.Max(0, nowMs - 100) * 8);
    }

    [Fact]
    public void BargeIn_Instant_CutAtTheFirstVoicedFrame()
    {
        var h = new SessionHarness(s_default, TurnPolicy.Default with { BargeIn = BargeInMode.Instant }).Speech(1000, 1020).Run(4000);
        Assert.Equal(1020, h.Single<PlaybackCut>().At.Milliseconds);
        Assert.Empty(h.Of<TurnCommitted>());
    }

    [Fact]
    public void BargeIn_PrerollCut_GreetingQueuedBehindItIsDropped()
    {
        var h = new SessionHarness(s_default with { Preroll = "preroll" }, TurnPolicy.Default with { BargeIn = BargeInMode.Instant }).Speech(500, 520).Run(5000);
        Assert.Equal(["preroll"], h.Of<PlaybackStarted>().Select(p => p.ClipId));
    }

    [Fact]
    public void Backchannel_DuringReplyWithHoldAndConfirm_ReplyPlaysOnAndNoTurn()
    {
        var h = new SessionHarness(s_default).Speech(1000, 1250).Run(4000);
        Assert.Empty(h.Of<PlaybackCut>());
        Assert.Empty(h.Of<TurnCommitted>());
        Assert.Equal([(0.0, 3000.0)], h.AudibleIntervals());
    }

    [Fact]
    public void Uninterruptible_FirstMessage_SpeechOverItIgnoredThenSecondReplyCut()
    {
        var policy = TurnPolicy.Default with { FirstMessageInterruptible = false };
        var h = new SessionHarness(s_default, policy)
            .Speech(1000, 2000)              // over the greeting: ignored
            .Speech(3500, 4500)              // turn 1 → reply-2s at 5200
            .Speech(5600, 7000)              // barges into it
            .Run(9000);
        var cut = h.Single<PlaybackCut>();
        Assert.Equal(("reply-2s", 5900.0), (cut.ClipId, cut.At.Milliseconds));
        Assert.Equal([SpeechDisposition.Ignored, SpeechDisposition.Commit, SpeechDisposition.Commit], h.Of<SpeechEnded>().Select(e => e.Disposition));
    }

    [Fact]
    public void BargeOff_SpeechOverAudio_IgnoredAndAudioPlaysOn()
    {
        var h = new SessionHarness(s_default, TurnPolicy.Default with { BargeIn = BargeInMode.Off }).Speech(500, 1500).Run(5000);
        Assert.Empty(h.Of<PlaybackCut>());
        Assert.Empty(h.Of<TurnCommitted>());
        Assert.Equal([(0.0, 3000.0)], h.AudibleIntervals());
    }

    [Fact]
    public void NoCutButCommit_ReplyToSpeechOverAudio_QueuesBehindIt()
    {
        var policy = TurnPolicy.Default with { BargeIn = BargeInMode.Off, CommitSpeechDuringUninterruptibleAudio = true };
        var h = new SessionHarness(s_default, policy).Speech(500, 1500).Run(6000);
        Assert.Empty(h.Of<PlaybackCut>());
        var scheduled = h.Single<ReplyScheduled>();
        Assert.Equal((2000.0, 2200.0), (scheduled.At.Milliseconds, scheduled.StartAt.Milliseconds));
        Assert.Equal(3000, h.Of<PlaybackStarted>().Single(p => p.Purpose == PlaybackPurpose.Reply).At.Milliseconds);
        Assert.Equal([(0.0, 5000.0)], h.AudibleIntervals());
    }

    [Fact]
    public void Dtmf_MatchingRule_RepliesAfterThinkLatency()
    {
        var persona = s_default with { Greeting = null, Rules = [new PersonaRule(null, "1", "reply-4s", 300)] };
        var h = new SessionHarness(persona).Digit(1010, "1").Digit(6010, "9").Run(8000);
        Assert.Equal([("1", true, 1020.0), ("9", false, 6020.0)], h.Of<DtmfHandled>().Select(d => (d.Digit, d.Matched, d.At.Milliseconds)));
        var scheduled = h.Single<ReplyScheduled>();
        Assert.Equal(("1", 1320.0, 0), (scheduled.Dtmf, scheduled.StartAt.Milliseconds, scheduled.TurnIndex));
        Assert.Equal(1320, h.Single<PlaybackStarted>().At.Milliseconds);
    }

    [Fact]
    public void Dtmf_NotADigit_Refused() =>
        Assert.Throws<ArgumentException>(() => new SessionHarness(s_default).Session.Dtmf("12"));

    [Fact]
    public void Inactivity_Prompt_ChecksInAndRestartsFromTheCheckInEnd()
    {
        var policy = TurnPolicy.Default with { InactivityTimeoutMs = 10_000 };
        var h = new SessionHarness(s_default, policy).Run(30_000);
        Assert.Equal([("greeting", 0.0), ("checkin", 13_000.0), ("checkin", 24_500.0)], h.Of<PlaybackStarted>().Select(p => (p.ClipId, p.At.Milliseconds)));
        Assert.Equal([13_000.0, 24_500.0], h.Of<InactivityTimedOut>().Select(i => i.At.Milliseconds));
    }

    [Fact]
    public void Inactivity_AfterCutReply_CountsFromTheCallerSpeechEnd()
    {
        var policy = TurnPolicy.Default with { InactivityTimeoutMs = 10_000, CreateResponse = false };
        var h = new SessionHarness(s_default, policy).Speech(1000, 2000).Run(13_000);
        Assert.Equal(1300, h.Single<PlaybackCut>().At.Milliseconds);
        var timeout = h.Single<InactivityTimedOut>();
        Assert.Equal((2000.0, 12_000.0), (timeout.Since.Milliseconds, timeout.At.Milliseconds));
        Assert.Equal(12_000, h.Of<PlaybackStarted>().Single(p => p.ClipId == "checkin").At.Milliseconds);
    }

    [Fact]
    public void Inactivity_HangUp_GoodbyeThenEndAtItsLastSample()
    {
        var policy = TurnPolicy.Default with { InactivityTimeoutMs = 10_000, InactivityAction = InactivityAction.HangUp };
        var h = new SessionHarness(s_default, policy).Run(30_000);
        var goodbye = h.Of<PlaybackStarted>().Single(p => p.ClipId == "goodbye");
        Assert.Equal(13_000, goodbye.At.Milliseconds);
        Assert.Equal((14_200.0, HangUpReason.Inactivity), (h.Single<HangingUp>().At.Milliseconds, h.Single<HangingUp>().Reason));
        Assert.True(h.HungUp);
        Assert.True(h.Session.HasEnded);
        Assert.Equal(14_200, h.AudibleIntervals()[^1].To);
    }

    [Fact]
    public void Inactivity_HangUpWithoutGoodbyeClip_EndsAtOnce()
    {
        var policy = TurnPolicy.Default with { InactivityTimeoutMs = 10_000, InactivityAction = InactivityAction.HangUp };
        var h = new SessionHarness(s_default with { Goodbye = null }, policy).Run(30_000);
        Assert.Equal(13_000, h.Single<HangingUp>().At.Milliseconds);
    }

    [Fact]
    public void MaxDuration_WhileSpeaking_CutsAndHangsUp()
    {
        var h = new SessionHarness(s_default with { Greeting = "reply-8s" }, TurnPolicy.Default with { MaxDurationMs = 5000 }).Run(10_000);
        var cut = h.Single<PlaybackCut>();
        Assert.Equal((5000.0, CutReason.CallEnded, 40_000L), (cut.At.Milliseconds, cut.Reason, cut.PlayedSamples));
        Assert.Equal((5000.0, HangUpReason.MaxDuration), (h.Single<HangingUp>().At.Milliseconds, h.Single<HangingUp>().Reason));
        Assert.Equal(5000, h.AudibleIntervals()[^1].To);
        Assert.False(h.Frames.Last().Clear);
    }

    [Fact]
    public void ClipEndingMidFrame_FinishedAtItsExactSampleAndNextReplyOnTheNextBoundary()
    {
        var clips = SyntheticClips.With(("greeting", 1010), ("reply-2s", 2000));
        var h = new SessionHarness(s_default, clips: clips).Run(2000);
        Assert.Equal(1010, h.Single<PlaybackFinished>().At.Milliseconds);
        var last = h.Frames.Where(f => f.Output is not null).Last();
        Assert.Equal((1000.0, 80), (last.AtMs, last.Output!.Value.Count));
    }

    [Fact]
    public void Activity_ListeningThinkingSpeakingListening()
    {
        var h = new SessionHarness(s_default with { Greeting = null }).Speech(0, 1000).Run(5000);
        Assert.Equal(
            [(AgentActivity.Thinking, 1500.0), (AgentActivity.Speaking, 1700.0), (AgentActivity.Listening, 3700.0)],
            h.Of<ActivityChanged>().Select(a => (a.Activity, a.At.Milliseconds)));
    }

    [Fact]
    public void Detach_WhilePlaying_CutsAndEnds()
    {
        var h = new SessionHarness(s_default);
        h.Session.Start();
        h.Session.Step(-70);
        var cues = h.Session.Detach();
        var cut = Assert.IsType<PlaybackCut>(Assert.Single(cues, c => c is PlaybackCut));
        Assert.Equal((CutReason.Detached, 40.0), (cut.Reason, cut.At.Milliseconds));
        Assert.True(h.Session.HasEnded);
        Assert.Null(h.Session.Step(-70).Output);
    }

    [Fact]
    public void OutputWithheld_EngineSeesNoAgentAudioSoSpeechIsNotABargeIn()
    {
        var h = new SessionHarness(s_default, TurnPolicy.Default with { BargeIn = BargeInMode.Instant })
        {
            BeforeStep = (harness, _) => harness.Session.ReportOutputWithheld(),
        };
        h.Speech(1000, 2000).Run(4000);
        Assert.Empty(h.Of<PlaybackCut>());
        Assert.False(h.Of<SpeechStarted>().Single().DuringAgentAudio);
    }

    [Fact]
    public void Misuse_StepBeforeStartOrWrongFrame_Refused()
    {
        var h = new SessionHarness(s_default);
        Assert.Throws<InvalidOperationException>(() => h.Session.Step(-70));
        h.Session.Start();
        Assert.Throws<InvalidOperationException>(() => h.Session.Start());
        Assert.Throws<ArgumentException>(() => h.Session.Step(new short[100]));
    }

    [Theory]
    [InlineData(16000, 10)]
    [InlineData(48000, 20)]
    public void Rates_SameTimelineSameMilliseconds(int rate, int frameMs)
    {
        var h = new SessionHarness(s_default, sampleRate: rate, frameMs: frameMs).Speech(4000, 5200).Run(9000);
        Assert.Equal(5900, h.Of<PlaybackStarted>().Single(p => p.Purpose == PlaybackPurpose.Reply).At.Milliseconds);
        Assert.Equal(2000L * rate / 1000, h.Of<PlaybackStarted>().Single(p => p.Purpose == PlaybackPurpose.Reply).DurationSamples);
    }
}
