using System.Net.WebSockets;
using Conformance.Streams;
using Conformance.Streams.Generic;
using Conformance.Streams.Playout;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>
/// The generic mode's client (media-protocols.md §4.4; Omnia <c>websocket</c>, vendors.md §2.5):
/// binary frames of raw audio at the rates fixed when the call was created (20 ms every 20 ms),
/// JSON control; <c>playback_clear_buffer</c> empties the client's buffer. No marks, so what was
/// heard is known only to the client. A PCM16 message may end mid-sample (GEN-002).
/// </summary>
public sealed class GenericProvider : IProviderProtocol
{
    private readonly GenericStreamFormat _format;
    private readonly PcmByteAligner _aligner = new(2);

    public GenericProvider(GenericStreamFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var problems = format.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems.Select(p => p.Message)), nameof(format));
        }

        _format = format;
    }

    public StreamTransport Transport => StreamTransport.Generic;

    public StreamAudioFormat Uplink => _format.Input;

    public StreamAudioFormat Downlink => _format.Output;

    public ProviderPlayoutOptions Playout => ProviderPlayoutOptions.Generic;

    public IReadOnlyList<OutboundFrame> Open() => [];

    public OutboundFrame Media(ReadOnlyMemory<byte> payload) => OutboundFrame.Binary(payload.ToArray(), "audio");

    public OutboundFrame? MarkEcho(string name) => null;

    public OutboundFrame? ClearAcknowledgement() => null;

    public OutboundFrame? Dtmf(char digit, long streamMs) => null;

    public OutboundFrame? EndOfStream() => OutboundFrame.Text(GenericWriter.ToUtf8(new GenericHangUp()), "hang_up");

    public IReadOnlyList<AgentStreamEvent> Read(WebSocketMessageType type, ReadOnlySpan<byte> data)
    {
        if (type == WebSocketMessageType.Binary)
        {
            return ReadAudio(data);
        }

        var result = GenericParser.ParseServerMessage(FrameKind.Text, data);
        var events = FindingEvents.From(result.Violations, data);
        switch (result.Message)
        {
            case GenericPlaybackClearBuffer:
                events.Add(new AgentClear("playback_clear_buffer"));
                break;
            case GenericCallEnded ended:
                events.Add(new AgentHangUp(ended.Name == GenericCallEndedName.Hangup ? "hangup" : "call_ended"));
                break;
            case GenericState:
                events.Add(new AgentControl("state", FindingEvents.Raw(data)));
                break;
            case GenericTranscript:
                events.Add(new AgentControl("transcript", FindingEvents.Raw(data)));
                break;
            case GenericError:
                events.Add(new AgentControl("error", FindingEvents.Raw(data)));
                break;
            case GenericPong:
                events.Add(new AgentControl("pong", FindingEvents.Raw(data)));
                break;
        }

        return events;
    }

    private AgentAudio[] ReadAudio(ReadOnlySpan<byte> data)
    {
        if (Downlink.Encoding != Conformance.Audio.AudioEncoding.Pcm16)
        {
            return [new AgentAudio(data.ToArray())];
        }

        var whole = new byte[_aligner.MaxOutputBytes(data.Length)];
        var written = _aligner.Align(data, whole);
        return written == 0 ? [] : [new AgentAudio(whole.AsMemory(0, written))];
    }
}
