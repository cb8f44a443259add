using System.Net.WebSockets;
using Conformance.Streams;
using Conformance.Streams.Playout;
using Conformance.Streams.Plivo;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>
/// Plivo audio streams as Plivo sends them (media-protocols.md §3): <c>start</c> (no
/// <c>connected</c>), numeric counters, epoch-ms timestamps from the stream's start instant;
/// <c>playAudio</c> must match the stream's content type (PLV-004), <c>checkpoint</c> is answered
/// by <c>playedStream</c>, <c>clearAudio</c> by <c>clearedAudio</c> with pending checkpoints
/// discarded (PLV-007's default).
/// </summary>
public sealed class PlivoProvider : IProviderProtocol
{
    private readonly PlivoProviderSequencer _sequencer;
    private readonly PlivoParserOptions _parse;

    public PlivoProvider(StreamAudioFormat format, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(time);
        var plivo = PlivoMediaFormat.From(format);
        if (plivo.ToAudioFormat(format.ByteOrder) is null)
        {
            throw new ArgumentException($"Plivo streams carry µ-law 8 kHz or L16 at 8/16 kHz, not {format}.", nameof(format));
        }

        _sequencer = new PlivoProviderSequencer(
            StreamIds.Lower(StreamIds.Uuid()), StreamIds.Lower(StreamIds.Uuid()), "MA" + StreamIds.Twilio(string.Empty)[..18].ToUpperInvariant(),
            format, time.GetUtcNow().ToUnixTimeMilliseconds());
        _parse = new PlivoParserOptions { ExpectedFormat = plivo, ExpectedStreamId = _sequencer.StreamId };
    }

    public StreamTransport Transport => StreamTransport.Plivo;

    public StreamAudioFormat Uplink => _sequencer.Format;

    public StreamAudioFormat Downlink => _sequencer.Format;

    public ProviderPlayoutOptions Playout => ProviderPlayoutOptions.Plivo;

    public IReadOnlyList<OutboundFrame> Open() => [OutboundFrame.Text(PlivoWriter.ToUtf8(_sequencer.Start()), "start")];

    public OutboundFrame Media(ReadOnlyMemory<byte> payload) => OutboundFrame.Text(PlivoWriter.ToUtf8(_sequencer.Media(payload)), "media");

    public OutboundFrame? MarkEcho(string name) => OutboundFrame.Text(PlivoWriter.ToUtf8(_sequencer.CheckpointPlayed(name)), "playedStream");

    public OutboundFrame? ClearAcknowledgement() => OutboundFrame.Text(PlivoWriter.ToUtf8(_sequencer.ClearedAudio()), "clearedAudio");

    public OutboundFrame? Dtmf(char digit, long streamMs) =>
        OutboundFrame.Text(PlivoWriter.ToUtf8(_sequencer.Dtmf(digit.ToString(), _sequencer.StreamStartEpochMs + streamMs)), "dtmf");

    /// <summary>Plivo documents no <c>stop</c>: the socket just closes (PLV-006).</summary>
    public OutboundFrame? EndOfStream() => null;

    public IReadOnlyList<AgentStreamEvent> Read(WebSocketMessageType type, ReadOnlySpan<byte> data)
    {
        var result = PlivoParser.ParseAgentMessage(type == WebSocketMessageType.Binary ? FrameKind.Binary : FrameKind.Text, data, _parse);
        var events = FindingEvents.From(result.Violations, data);
        switch (result.Message)
        {
            case PlivoPlayAudio play:
                events.Add(new AgentAudio(play.Payload));
                break;
            case PlivoCheckpoint checkpoint:
                events.Add(new AgentMark(checkpoint.Name));
                break;
            case PlivoClearAudio:
                events.Add(new AgentClear("clearAudio"));
                break;
            case PlivoSendDtmf dtmf:
                events.Add(new AgentControl("sendDTMF", FindingEvents.Raw(data)));
                break;
        }

        return events;
    }
}
