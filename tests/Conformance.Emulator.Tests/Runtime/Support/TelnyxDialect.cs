using Conformance.Streams;
using Conformance.Streams.Playout;
using Conformance.Streams.Telnyx;

namespace Conformance.Emulator.Tests.Runtime.Support;

internal sealed class TelnyxDialect(StreamAudioFormat format) : ProviderDialect
{
    private readonly TelnyxProviderSequencer _sequencer = new(Guid.NewGuid().ToString(), "v2:" + Guid.NewGuid().ToString("N"), format);

    public override StreamAudioFormat CallerFormat => format;

    public override StreamAudioFormat AgentFormat => format;

    public override ProviderPlayoutOptions PlayoutOptions => ProviderPlayoutOptions.Telnyx;

    public override IEnumerable<OutboundMessage> Open()
    {
        yield return Text(TelnyxWriter.ToUtf8(TelnyxProviderSequencer.Connected()));
        yield return Text(TelnyxWriter.ToUtf8(_sequencer.Start()));
    }

    public override OutboundMessage Media(ReadOnlySpan<short> frame) =>
        Text(TelnyxWriter.ToUtf8(_sequencer.Media(StreamPayload.Encode(CallerFormat, frame))));

    public override AgentAction Parse(FrameKind kind, ReadOnlySpan<byte> data)
    {
        var result = TelnyxParser.ParseAgentMessage(kind, data, new TelnyxParserOptions { ExpectedStreamId = _sequencer.StreamId });
        return result.Message switch
        {
            TelnyxOutboundMedia m => new AgentAction(AgentActionKind.Audio, m.Payload),
            TelnyxOutboundMark m => new AgentAction(AgentActionKind.Mark, Name: m.Name),
            TelnyxClear => new AgentAction(AgentActionKind.Clear),
            _ => new AgentAction(AgentActionKind.Invalid, Json: result.Error?.ToString()),
        };
    }

    public override OutboundMessage? MarkEcho(string name) => Text(TelnyxWriter.ToUtf8(_sequencer.MarkEcho(name)));

    public override OutboundMessage? Dtmf(string digit) => Text(TelnyxWriter.ToUtf8(_sequencer.Dtmf(digit, DateTimeOffset.UnixEpoch)));

    public override OutboundMessage? Stop() => Text(TelnyxWriter.ToUtf8(_sequencer.Stop()));
}
