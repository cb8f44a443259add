using Conformance.Streams;
using Conformance.Streams.Playout;
using Conformance.Streams.Plivo;

namespace Conformance.Emulator.Tests.Runtime.Support;

internal sealed class PlivoDialect(StreamAudioFormat format) : ProviderDialect
{
    private readonly PlivoProviderSequencer _sequencer = new(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), "MA" + Guid.NewGuid().ToString("N")[..18], format, 1_700_000_000_000);

    public override StreamAudioFormat CallerFormat => format;

    public override StreamAudioFormat AgentFormat => format;

    public override ProviderPlayoutOptions PlayoutOptions => ProviderPlayoutOptions.Plivo;

    public override IEnumerable<OutboundMessage> Open()
    {
        yield return Text(PlivoWriter.ToUtf8(_sequencer.Start()));
    }

    public override OutboundMessage Media(ReadOnlySpan<short> frame) =>
        Text(PlivoWriter.ToUtf8(_sequencer.Media(StreamPayload.Encode(CallerFormat, frame))));

    public override AgentAction Parse(FrameKind kind, ReadOnlySpan<byte> data)
    {
        var result = PlivoParser.ParseAgentMessage(kind, data, new PlivoParserOptions { ExpectedStreamId = _sequencer.StreamId, ExpectedFormat = PlivoMediaFormat.From(format) });
        return result.Message switch
        {
            PlivoPlayAudio m => new AgentAction(AgentActionKind.Audio, m.Payload),
            PlivoCheckpoint m => new AgentAction(AgentActionKind.Mark, Name: m.Name),
            PlivoClearAudio => new AgentAction(AgentActionKind.Clear),
            _ => new AgentAction(AgentActionKind.Invalid, Json: result.Error?.ToString()),
        };
    }

    public override OutboundMessage? MarkEcho(string name) => Text(PlivoWriter.ToUtf8(_sequencer.CheckpointPlayed(name)));

    public override OutboundMessage? Cleared() => Text(PlivoWriter.ToUtf8(_sequencer.ClearedAudio()));

    public override OutboundMessage? Dtmf(string digit) => Text(PlivoWriter.ToUtf8(_sequencer.Dtmf(digit, 1_700_000_000_000)));

    public override OutboundMessage? Stop() => null;
}
