using System.Text;
using Conformance.Streams;
using Conformance.Streams.Generic;
using Conformance.Streams.Playout;

namespace Conformance.Emulator.Tests.Runtime.Support;

internal sealed class GenericDialect(GenericStreamFormat format) : ProviderDialect
{
    public override StreamAudioFormat CallerFormat => format.Input;

    public override StreamAudioFormat AgentFormat => format.Output;

    public override ProviderPlayoutOptions PlayoutOptions => ProviderPlayoutOptions.Generic;

    public override IEnumerable<OutboundMessage> Open() => [];

    public override OutboundMessage Media(ReadOnlySpan<short> frame) => new(FrameKind.Binary, StreamPayload.Encode(CallerFormat, frame));

    public override AgentAction Parse(FrameKind kind, ReadOnlySpan<byte> data)
    {
        if (kind == FrameKind.Binary)
        {
            return new AgentAction(AgentActionKind.Audio, data.ToArray());
        }

        var result = GenericParser.ParseServerMessage(kind, data);
        return result.Message switch
        {
            GenericPlaybackClearBuffer => new AgentAction(AgentActionKind.Clear),
            null => new AgentAction(AgentActionKind.Invalid, Json: result.Error?.ToString() + " " + Encoding.UTF8.GetString(data)),
            _ => new AgentAction(AgentActionKind.Control, Json: Encoding.UTF8.GetString(data)),
        };
    }

    public override OutboundMessage? MarkEcho(string name) => null;

    public override OutboundMessage? Dtmf(string digit) => null;

    public override OutboundMessage? Stop() => new(FrameKind.Text, GenericWriter.ToUtf8(new GenericHangUp()));

    public static GenericStreamFormat Pcm(int inputRate, int outputRate) => new(inputRate, outputRate, GenericEncoding.PcmS16Le);
}
