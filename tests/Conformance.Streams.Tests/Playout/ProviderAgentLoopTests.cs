using Conformance.Audio;
using Conformance.Streams.Playout;
using Conformance.Streams.Plivo;
using Conformance.Streams.Twilio;

namespace Conformance.Streams.Tests.Playout;

/// <summary>
/// Both sides of a stream wired through the wire formats only (no sockets): the agent writes media
/// and marks, the provider model parses and plays them, echoes marks through its own writer, and
/// the agent's ledger reads them back. This is the loop the emulator and the harness run.
/// </summary>
public class ProviderAgentLoopTests
{
    [Fact]
    public void Twilio_BargeInMidPlayback_AgentPlayedPositionEqualsWhatTheCallerHeardUpToTheLastMark()
    {
        const string sid = "MZ1";
        var sequencer = new TwilioProviderSequencer(sid, "AC1", "CA1");
        sequencer.Start();
        var playout = new ProviderPlayout(StreamAudioFormat.MuLaw8k, ProviderPlayoutOptions.Twilio);
        var ledger = new AgentMarkLedger();
        var options = new TwilioParserOptions { ExpectedStreamSid = sid };
        var frame = new byte[160];
        StreamPayload.Encode(StreamAudioFormat.MuLaw8k, Enumerable.Repeat((short)3000, 160).ToArray(), frame);
        long sent = 0;
        var flushed = 0;

        void AgentSends(TwilioAgentMessage message)
        {
            var parsed = TwilioParser.ParseAgentMessage(FrameKind.Text, TwilioWriter.ToUtf8(message), options);
            Assert.Empty(parsed.Violations);
            var events = parsed.Message switch
            {
                TwilioOutboundMedia m => playout.Enqueue(m.Payload.Span),
                TwilioOutboundMark m => playout.Mark(m.Name),
                TwilioClear => playout.Clear(),
                _ => [],
            };
            ProviderEchoes(events);
        }

        void ProviderEchoes(IEnumerable<PlayoutEvent> events)
        {
            foreach (var echo in events.OfType<MarkEchoed>())
            {
                var wire = TwilioWriter.ToUtf8(sequencer.MarkEcho(echo.Name));
                var back = Assert.IsType<TwilioMarkEcho>(TwilioParser.ParseProviderMessage(FrameKind.Text, wire).Message);
                if (ledger.OnEcho(back.Name).Acknowledgement == MarkAcknowledgement.Flushed)
                {
                    flushed++;
                }
            }
        }

        // The agent sends 50 frames (1 s) at once — faster than real time, as agents do — marking each.
        for (var i = 0; i < 50; i++)
        {
            AgentSends(new TwilioOutboundMedia(sid, frame));
            sent += 160;
            AgentSends(new TwilioOutboundMark(sid, ledger.Next(sent)));
        }

        // The caller hears 330 ms; then the agent barges out.
        long heard = 0;
        for (var t = 0; t < 330; t += 10)
        {
            var step = playout.Advance(80);
            heard += step.HeardSamples;
            ProviderEchoes(step.Events);
        }

        ledger.OnClearSent();
        AgentSends(new TwilioClear(sid));

        Assert.Equal(2640, heard);
        Assert.Equal(2560, ledger.PlayedPosition);
        Assert.Equal(34, flushed);
        Assert.Equal(0, ledger.PendingCount);
        Assert.Equal(0, playout.QueuedSamples);
    }

    [Fact]
    public void Plivo_ClearAudio_CheckpointsDiscardedAndClearedAudioAcknowledged()
    {
        var format = new StreamAudioFormat(AudioEncoding.Pcm16, 16000, PcmByteOrder.LittleEndian);
        var sequencer = new PlivoProviderSequencer("S1", "C1", "MA1", format, 1_705_312_200_000);
        sequencer.Start();
        var playout = new ProviderPlayout(format, ProviderPlayoutOptions.Plivo);
        var ledger = new AgentMarkLedger("cp");
        var options = new PlivoParserOptions { ExpectedFormat = PlivoMediaFormat.From(format), ExpectedStreamId = "S1" };

        var play = PlivoParser.ParseAgentMessage(FrameKind.Text, PlivoWriter.ToUtf8(new PlivoPlayAudio(PlivoMediaFormat.From(format), new byte[6400])), options);
        playout.Enqueue(Assert.IsType<PlivoPlayAudio>(play.Message).Payload.Span);
        var checkpoint = PlivoParser.ParseAgentMessage(FrameKind.Text, PlivoWriter.ToUtf8(new PlivoCheckpoint("S1", ledger.Next(3200))), options);
        Assert.Empty(playout.Mark(Assert.IsType<PlivoCheckpoint>(checkpoint.Message).Name));
        playout.Advance(1600);

        ledger.OnClearSent(PendingMarksOnClear.Discard);
        var clear = PlivoParser.ParseAgentMessage(FrameKind.Text, PlivoWriter.ToUtf8(new PlivoClearAudio("S1")), options);
        Assert.IsType<PlivoClearAudio>(clear.Message);
        var events = playout.Clear();
        Assert.Single(events.OfType<MarkDiscarded>());
        var ack = PlivoParser.ParseProviderMessage(FrameKind.Text, PlivoWriter.ToUtf8(sequencer.ClearedAudio()));
        Assert.Equal(2, Assert.IsType<PlivoClearedAudio>(ack.Message).SequenceNumber);
        Assert.Equal(0, ledger.PlayedPosition);
        Assert.Equal(0, ledger.PendingCount);
    }
}
