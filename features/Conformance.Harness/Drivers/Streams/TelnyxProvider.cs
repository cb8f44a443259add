using System.Net.WebSockets;
using Conformance.Streams;
using Conformance.Streams.Playout;
using Conformance.Streams.Telnyx;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>
/// Telnyx media streaming as Telnyx sends it in <c>rtp</c> bidirectional mode (media-protocols.md
/// §2): snake_case, string counters, one codec both ways (PCMU by default, PCMA, or L16
/// big-endian — Ultravox's advice that <c>codec</c> and <c>bidirectionalCodec</c> be equal, §2.1).
/// </summary>
public sealed class TelnyxProvider : IProviderProtocol
{
    private readonly TelnyxProviderSequencer _sequencer;
    private readonly TelnyxParserOptions _parse;
    private readonly TimeProvider _time;

    public TelnyxProvider(StreamAudioFormat format, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (TelnyxMediaFormat.From(format).ToAudioFormat() is null)
        {
            throw new ArgumentException($"Telnyx streams carry PCMU/PCMA at 8 kHz or L16 at 8–48 kHz, not {format}.", nameof(format));
        }

        _time = time ?? throw new ArgumentNullException(nameof(time));
        _sequencer = new TelnyxProviderSequencer(StreamIds.Uuid(), "v2:" + StreamIds.Twilio(string.Empty), format);
        _parse = new TelnyxParserOptions { ExpectedStreamId = _sequencer.StreamId };
    }

    public StreamTransport Transport => StreamTransport.Telnyx;

    public StreamAudioFormat Uplink => _sequencer.Format;

    public StreamAudioFormat Downlink => _sequencer.Format;

    public ProviderPlayoutOptions Playout => ProviderPlayoutOptions.Telnyx;

    public IReadOnlyList<OutboundFrame> Open() =>
    [
        OutboundFrame.Text(TelnyxWriter.ToUtf8(TelnyxProviderSequencer.Connected()), "connected"),
        OutboundFrame.Text(TelnyxWriter.ToUtf8(_sequencer.Start(from: "+15550001111", to: "+15550000001")), "start"),
    ];

    public OutboundFrame Media(ReadOnlyMemory<byte> payload) => OutboundFrame.Text(TelnyxWriter.ToUtf8(_sequencer.Media(payload)), "media");

    public OutboundFrame? MarkEcho(string name) => OutboundFrame.Text(TelnyxWriter.ToUtf8(_sequencer.MarkEcho(name)), "mark");

    public OutboundFrame? ClearAcknowledgement() => null;

    public OutboundFrame? Dtmf(char digit, long streamMs) =>
        OutboundFrame.Text(TelnyxWriter.ToUtf8(_sequencer.Dtmf(digit.ToString(), _time.GetUtcNow())), "dtmf");

    public OutboundFrame? EndOfStream() => OutboundFrame.Text(TelnyxWriter.ToUtf8(_sequencer.Stop()), "stop");

    public IReadOnlyList<AgentStreamEvent> Read(WebSocketMessageType type, ReadOnlySpan<byte> data)
    {
        var result = TelnyxParser.ParseAgentMessage(type == WebSocketMessageType.Binary ? FrameKind.Binary : FrameKind.Text, data, _parse);
        var events = FindingEvents.From(result.Violations, data);
        switch (result.Message)
        {
            case TelnyxOutboundMedia media:
                events.Add(new AgentAudio(media.Payload));
                break;
            case TelnyxOutboundMark mark:
                events.Add(new AgentMark(mark.Name));
                break;
            case TelnyxClear:
                events.Add(new AgentClear("clear"));
                break;
        }

        return events;
    }
}
