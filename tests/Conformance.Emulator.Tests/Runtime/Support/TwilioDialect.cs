using Conformance.Streams;
using Conformance.Streams.Playout;
using Conformance.Streams.Twilio;

namespace Conformance.Emulator.Tests.Runtime.Support;

internal sealed class TwilioDialect : ProviderDialect
{
    private readonly TwilioProviderSequencer _sequencer = new("MZ" + Guid.NewGuid().ToString("N"), "AC" + Guid.NewGuid().ToString("N"), "CA" + Guid.NewGuid().ToString("N"));

    public override StreamAudioFormat CallerFormat => StreamAudioFormat.MuLaw8k;

    public override StreamAudioFormat AgentFormat => StreamAudioFormat.MuLaw8k;

    public override ProviderPlayoutOptions PlayoutOptions => ProviderPlayoutOptions.Twilio;

    public string StreamSid => _sequencer.StreamSid;

    public override IEnumerable<OutboundMessage> Open()
    {
        yield return Text(TwilioWriter.ToUtf8(TwilioProviderSequencer.Connected()));
        yield return Text(TwilioWriter.ToUtf8(_sequencer.Start()));
    }

    public override OutboundMessage Media(ReadOnlySpan<short> frame) =>
        Text(TwilioWriter.ToUtf8(_sequencer.Media(StreamPayload.Encode(CallerFormat, frame))));

    public override AgentAction Parse(FrameKind kind, ReadOnlySpan<byte> data)
    {
        var result = TwilioParser.ParseAgentMessage(kind, data, new TwilioParserOptions { ExpectedStreamSid = StreamSid });
        return result.Message switch
        {
            TwilioOutboundMedia m => new AgentAction(AgentActionKind.Audio, m.Payload),
            TwilioOutboundMark m => new AgentAction(AgentActionKind.Mark, Name: m.Name),
            TwilioClear => new AgentAction(AgentActionKind.Clear),
            _ => new AgentAction(AgentActionKind.Invalid, Json: result.Error?.ToString()),
        };
    }

    public override OutboundMessage? MarkEcho(string name) => Text(TwilioWriter.ToUtf8(_sequencer.MarkEcho(name)));

    public override OutboundMessage? Dtmf(string digit) => Text(TwilioWriter.ToUtf8(_sequencer.Dtmf(digit)));

    public override OutboundMessage? Stop() => Text(TwilioWriter.ToUtf8(_sequencer.Stop()));
}
