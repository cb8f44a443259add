using System.Net.WebSockets;
using System.Text;
using Conformance.Harness.Drivers.Streams;
using Conformance.Streams;
using Conformance.Streams.Generic;
using Conformance.Streams.Playout;
using Conformance.Streams.Plivo;
using Conformance.Streams.Telnyx;
using Conformance.Streams.Twilio;

namespace Conformance.Harness.Tests.Drivers;

/// <summary>
/// The provider side of each protocol, without sockets: what it sends parses as the provider's
/// own messages (Conformance.Streams' agent-side parsers, as the emulator reads them), and what
/// an agent sends becomes the right events — malformed messages findings, never exceptions.
/// </summary>
public sealed class ProviderProtocolTests
{
    private static readonly TimeProvider s_time = TimeProvider.System;

    [Fact]
    public void Twilio_OpeningAndMedia_AreExactTwilioMessages()
    {
        var twilio = new TwilioProvider(new Dictionary<string, string> { ["caller"] = "harness" });

        var open = twilio.Open().Select(f => TwilioParser.ParseProviderMessage(FrameKind.Text, f.Data.Span).Message).ToList();
        var media = TwilioParser.ParseProviderMessage(FrameKind.Text, twilio.Media(new byte[160]).Data.Span).Message;

        Assert.IsType<TwilioConnected>(open[0]);
        var start = Assert.IsType<TwilioStart>(open[1]);
        Assert.Equal(twilio.StreamSid, start.StreamSid);
        Assert.Equal("harness", start.CustomParameters["caller"]);
        Assert.Matches("^MZ[0-9a-f]{32}$", start.StreamSid);
        Assert.Equal(2, Assert.IsType<TwilioMedia>(media).SequenceNumber);
        Assert.Equal(ProviderPlayoutOptions.Twilio, twilio.Playout);
    }

    [Fact]
    public void Twilio_AgentMessages_BecomeAudioMarksAndClears()
    {
        var twilio = new TwilioProvider();

        var media = twilio.Read(WebSocketMessageType.Text, TwilioWriter.ToUtf8(new TwilioOutboundMedia(twilio.StreamSid, new byte[] { 0xFF, 0x7F })));
        var mark = twilio.Read(WebSocketMessageType.Text, TwilioWriter.ToUtf8(new TwilioOutboundMark(twilio.StreamSid, "m1")));
        var clear = twilio.Read(WebSocketMessageType.Text, TwilioWriter.ToUtf8(new TwilioClear(twilio.StreamSid)));

        Assert.Equal(2, Assert.IsType<AgentAudio>(Assert.Single(media)).Payload.Length);
        Assert.Equal("m1", Assert.IsType<AgentMark>(Assert.Single(mark)).Name);
        Assert.IsType<AgentClear>(Assert.Single(clear));
    }

    [Theory]
    [InlineData(WebSocketMessageType.Binary, "\u00FF\u00FF")]
    [InlineData(WebSocketMessageType.Text, "{\"event\":\"media\"")]
    [InlineData(WebSocketMessageType.Text, "{\"event\":\"dance\",\"streamSid\":\"MZ00\"}")]
    [InlineData(WebSocketMessageType.Text, "{\"event\":\"clear\",\"streamSid\":\"MZ-someone-else\"}")]
    public void Twilio_MessagesTwilioWouldReject_AreErrorFindingsNotEvents(WebSocketMessageType type, string text)
    {
        var events = new TwilioProvider().Read(type, Encoding.Latin1.GetBytes(text));

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e is AgentProtocolFinding));
        Assert.Contains(events, e => e is AgentProtocolFinding { IsError: true });
    }

    [Theory]
    [InlineData("PCMU")]
    [InlineData("PCMA")]
    public void Telnyx_StartAnnouncesTheCodec_BothWays(string codec)
    {
        var format = codec == "PCMA" ? StreamAudioFormat.ALaw8k : StreamAudioFormat.MuLaw8k;
        var telnyx = new TelnyxProvider(format, s_time);

        var start = Assert.IsType<TelnyxStart>(TelnyxParser.ParseProviderMessage(FrameKind.Text, telnyx.Open()[1].Data.Span).Message);

        Assert.Equal(codec, start.MediaFormat.Encoding);
        Assert.Equal(format, telnyx.Uplink);
        Assert.Equal(format, telnyx.Downlink);
        Assert.IsType<TelnyxMedia>(TelnyxParser.ParseProviderMessage(FrameKind.Text, telnyx.Media(new byte[160]).Data.Span).Message);
        Assert.NotNull(telnyx.Dtmf('5', 0));
    }

    [Fact]
    public void Telnyx_UnsupportedFormat_IsRefusedUpFront()
    {
        Assert.Throws<ArgumentException>(() => new TelnyxProvider(new StreamAudioFormat(Conformance.Audio.AudioEncoding.MuLaw, 16000), s_time));
    }

    [Fact]
    public void Plivo_ClearIsAcknowledged_AndCheckpointsEchoAsPlayedStream()
    {
        var plivo = new PlivoProvider(StreamAudioFormat.MuLaw8k, s_time);
        var start = Assert.IsType<PlivoStart>(PlivoParser.ParseProviderMessage(FrameKind.Text, Assert.Single(plivo.Open()).Data.Span).Message);

        var ack = PlivoParser.ParseProviderMessage(FrameKind.Text, plivo.ClearAcknowledgement()!.Data.Span).Message;
        var echo = PlivoParser.ParseProviderMessage(FrameKind.Text, plivo.MarkEcho("greeting-done")!.Data.Span).Message;
        var events = plivo.Read(WebSocketMessageType.Text, PlivoWriter.ToUtf8(new PlivoCheckpoint(start.StreamId, "c1")));

        Assert.IsType<PlivoClearedAudio>(ack);
        Assert.Equal("greeting-done", Assert.IsType<PlivoCheckpointPlayed>(echo).Name);
        Assert.Equal("c1", Assert.IsType<AgentMark>(Assert.Single(events)).Name);
        Assert.Null(plivo.EndOfStream());
        Assert.Equal(PendingMarksOnClear.Discard, plivo.Playout.PendingMarksOnClear);
    }

    [Fact]
    public void Plivo_PlayAudioInAnotherFormat_IsAnError()
    {
        var plivo = new PlivoProvider(StreamAudioFormat.MuLaw8k, s_time);

        var events = plivo.Read(WebSocketMessageType.Text, PlivoWriter.ToUtf8(new PlivoPlayAudio(new PlivoMediaFormat(PlivoMediaFormat.L16, 16000), new byte[320])));

        Assert.Contains(events, e => e is AgentProtocolFinding { IsError: true });
        Assert.DoesNotContain(events, e => e is AgentAudio);
    }

    [Fact]
    public void Generic_OddPcmBytes_AreCarriedToTheNextMessage()
    {
        var generic = new GenericProvider(new GenericStreamFormat(16000, 24000));

        var first = generic.Read(WebSocketMessageType.Binary, new byte[3]);
        var second = generic.Read(WebSocketMessageType.Binary, new byte[5]);

        Assert.Equal(2, Assert.IsType<AgentAudio>(Assert.Single(first)).Payload.Length);
        Assert.Equal(6, Assert.IsType<AgentAudio>(Assert.Single(second)).Payload.Length);
        Assert.Equal(24000, generic.Downlink.SampleRate);
        Assert.Equal(WebSocketMessageType.Binary, generic.Media(new byte[640]).Type);
    }

    [Fact]
    public void Generic_ControlMessages_BecomeClearsHangUpsAndControls()
    {
        var generic = new GenericProvider(new GenericStreamFormat(16000, 16000));

        Assert.IsType<AgentClear>(Assert.Single(generic.Read(WebSocketMessageType.Text, GenericWriter.ToUtf8(new GenericPlaybackClearBuffer()))));
        Assert.Equal("hangup", Assert.IsType<AgentHangUp>(Assert.Single(generic.Read(WebSocketMessageType.Text, GenericWriter.ToUtf8(new GenericCallEnded(GenericCallEndedName.Hangup))))).WireName);
        Assert.Equal("state", Assert.IsType<AgentControl>(Assert.Single(generic.Read(WebSocketMessageType.Text, GenericWriter.ToUtf8(new GenericState(GenericAgentState.Speaking))))).Type);
        Assert.Contains(generic.Read(WebSocketMessageType.Text, "{\"type\":\"jump\"}"u8), e => e is AgentProtocolFinding { IsError: true });
    }

    [Fact]
    public void Generic_InvalidRates_AreRefusedUpFront()
    {
        Assert.Throws<ArgumentException>(() => new GenericProvider(new GenericStreamFormat(11025, 16000)));
    }
}
