using Conformance.Streams.Playout;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Streams.Tests.Playout;

public class AgentMarkLedgerTests
{
    [Fact]
    public void OnEcho_CurrentGeneration_AdvancesPlayedPosition()
    {
        var ledger = new AgentMarkLedger();
        var a = ledger.Next(160, "greeting");
        var b = ledger.Next(320, "greeting");
        Assert.Equal("a0:160", a);
        Assert.Equal(new MarkEcho(MarkAcknowledgement.Played, 160, "greeting"), ledger.OnEcho(a));
        Assert.Equal(160, ledger.PlayedPosition);
        ledger.OnEcho(b);
        Assert.Equal(320, ledger.PlayedPosition);
        Assert.Equal(MarkAcknowledgement.Unknown, ledger.OnEcho(b).Acknowledgement);
    }

    [Fact]
    public void OnEcho_AfterClear_EchoesOfOldMarksAreFlushedNotPlayed()
    {
        var ledger = new AgentMarkLedger();
        var played = ledger.Next(160);
        var pending = ledger.Next(320);
        ledger.OnEcho(played);
        ledger.OnClearSent();
        Assert.Equal(MarkAcknowledgement.Flushed, ledger.OnEcho(pending).Acknowledgement);
        Assert.Equal(160, ledger.PlayedPosition);
        Assert.StartsWith("a1:", ledger.Next(480), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_TwoMarksAtOnePosition_DistinctNamesBothAcknowledged()
    {
        var ledger = new AgentMarkLedger();
        var a = ledger.Next(160, "x");
        var b = ledger.Next(160, "y");
        Assert.Equal(("a0:160", "a0:160~2"), (a, b));
        Assert.Equal("x", ledger.OnEcho(a).Label);
        Assert.Equal("y", ledger.OnEcho(b).Label);
    }

    [Fact]
    public void OnClearSent_ProviderDiscards_ForgetsPendingMarks()
    {
        var ledger = new AgentMarkLedger();
        ledger.Next(160);
        ledger.OnClearSent(PendingMarksOnClear.Discard);
        Assert.Equal(0, ledger.PendingCount);
    }

    /// <summary>
    /// The agent and the provider model together, under any schedule of sends, clears and playout
    /// steps: the played position the agent derives from echoes never exceeds what the caller
    /// actually heard, and equals it whenever the agent marks every chunk and the queue drains.
    /// </summary>
    [Fact]
    public void LedgerWithPlayout_AnySchedule_PlayedPositionNeverAheadOfHeard()
    {
        var op = Gen.Frequency((5, Gen.Choose(1, 400).Select(n => (Kind: 0, N: n))), (4, Gen.Choose(1, 400).Select(n => (Kind: 1, N: n))), (1, Gen.Constant((Kind: 2, N: 0))));
        Prop.ForAll(Gen.ListOf(op).ToArbitrary(), ops =>
        {
            var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k, ProviderPlayoutOptions.Twilio);
            var ledger = new AgentMarkLedger();
            long sent = 0, heardEnd = 0;
            var cleared = new List<(long From, long To)>();
            void Apply(IEnumerable<PlayoutEvent> events)
            {
                foreach (var e in events)
                {
                    if (e is MarkEchoed echo)
                    {
                        var read = ledger.OnEcho(echo.Name);
                        Assert.Equal(echo.Reason == MarkEchoReason.Cleared ? MarkAcknowledgement.Flushed : MarkAcknowledgement.Played, read.Acknowledgement);
                    }
                    else if (e is AudioCleared c)
                    {
                        cleared.Add((c.StreamStart, c.StreamStart + c.Samples));
                    }
                }
            }

            foreach (var (kind, n) in ops)
            {
                switch (kind)
                {
                    case 0:
                        Apply(playout.Enqueue(new byte[n]));
                        sent += n;
                        Apply(playout.Mark(ledger.Next(sent)));
                        break;
                    case 1:
                        var step = playout.Advance(n);
                        if (step.HeardSamples > 0)
                        {
                            heardEnd = step.HeardStreamPosition + step.HeardSamples;
                        }

                        Apply(step.Events);
                        break;
                    default:
                        ledger.OnClearSent();
                        Apply(playout.Clear());
                        break;
                }

                Assert.True(ledger.PlayedPosition <= heardEnd);
                Assert.Equal(playout.Received, playout.Cursor + playout.QueuedSamples);
            }

            Apply(playout.Advance((int)playout.QueuedSamples + 1).Events);
            Assert.Equal(0, ledger.PendingCount);
            Assert.Equal(playout.Received, sent);
            Assert.True(ledger.PlayedPosition == sent || cleared.Count > 0);
        }).Check(Generators.Config);
    }
}
