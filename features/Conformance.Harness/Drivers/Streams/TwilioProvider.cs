using System.Net.WebSockets;
using Conformance.Streams;
using Conformance.Streams.Playout;
using Conformance.Streams.Twilio;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>
/// Twilio Media Streams as Twilio sends them (media-protocols.md §1): <c>connected</c>, then
/// <c>start</c> with µ-law 8 kHz, <c>media</c> with exact counters (TWL-005), <c>mark</c> echoes,
/// <c>stop</c>. Agent messages are held to Twilio's rules: only <c>media</c>/<c>mark</c>/<c>clear</c>
/// with our <c>streamSid</c>, text frames only (TWL-001, TWL-002).
/// </summary>
public sealed class TwilioProvider : IProviderProtocol
{
    private readonly TwilioProviderSequencer _sequencer;
    private readonly TwilioParserOptions _parse;
    private readonly IReadOnlyDictionary<string, string> _customParameters;

    public TwilioProvider(IReadOnlyDictionary<string, string>? customParameters = null)
    {
        _sequencer = new TwilioProviderSequencer(StreamIds.Twilio("MZ"), StreamIds.Twilio("AC"), StreamIds.Twilio("CA"));
        _parse = new TwilioParserOptions { ExpectedStreamSid = _sequencer.StreamSid };
        _customParameters = customParameters ?? new Dictionary<string, string>();
    }

    public StreamTransport Transport => StreamTransport.Twilio;

    public string StreamSid => _sequencer.StreamSid;

    public StreamAudioFormat Uplink => StreamAudioFormat.MuLaw8k;

    public StreamAudioFormat Downlink => StreamAudioFormat.MuLaw8k;

    public ProviderPlayoutOptions Playout => ProviderPlayoutOptions.Twilio;

    public IReadOnlyList<OutboundFrame> Open() =>
    [
        OutboundFrame.Text(TwilioWriter.ToUtf8(TwilioProviderSequencer.Connected()), "connected"),
        OutboundFrame.Text(TwilioWriter.ToUtf8(_sequencer.Start(_customParameters)), "start"),
    ];

    public OutboundFrame Media(ReadOnlyMemory<byte> payload) => OutboundFrame.Text(TwilioWriter.ToUtf8(_sequencer.Media(payload)), "media");

    public OutboundFrame? MarkEcho(string name) => OutboundFrame.Text(TwilioWriter.ToUtf8(_sequencer.MarkEcho(name)), "mark");

    public OutboundFrame? ClearAcknowledgement() => null;

    public OutboundFrame? Dtmf(char digit, long streamMs) =>
        OutboundFrame.Text(TwilioWriter.ToUtf8(_sequencer.Dtmf(digit.ToString())), "dtmf");

    public OutboundFrame? EndOfStream() => OutboundFrame.Text(TwilioWriter.ToUtf8(_sequencer.Stop()), "stop");

    public IReadOnlyList<AgentStreamEvent> Read(WebSocketMessageType type, ReadOnlySpan<byte> data)
    {
        var result = TwilioParser.ParseAgentMessage(type == WebSocketMessageType.Binary ? FrameKind.Binary : FrameKind.Text, data, _parse);
        var events = FindingEvents.From(result.Violations, data);
        switch (result.Message)
        {
            case TwilioOutboundMedia media:
                events.Add(new AgentAudio(media.Payload));
                break;
            case TwilioOutboundMark mark:
                events.Add(new AgentMark(mark.Name));
                break;
            case TwilioClear:
                events.Add(new AgentClear("clear"));
                break;
        }

        return events;
    }
}
