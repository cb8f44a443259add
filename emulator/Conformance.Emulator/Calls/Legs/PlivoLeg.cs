using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Streams;
using Conformance.Streams.Playout;
using Conformance.Streams.Plivo;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// The agent side of Plivo audio streams (media-protocols.md §3; PLV-*): <c>start</c> names the
/// stream's content type (µ-law 8 kHz or L16 8/16 kHz, byte order a setting since Plivo leaves it
/// undocumented), and the agent answers with <c>playAudio</c> in that same format,
/// <c>checkpoint</c> after each chunk and <c>clearAudio</c> on barge-in. Plivo discards pending
/// checkpoints on clear (PLV-007), which the mark ledger is told.
/// </summary>
public sealed class PlivoLeg : StreamLeg
{
    private readonly PcmByteOrder _l16ByteOrder;
    private string? _streamId;
    private StreamAudioFormat? _format;
    private PlivoMediaFormat? _mediaFormat;
    private long? _firstTimestamp;

    public PlivoLeg(WebSocketLink link, PcmByteOrder l16ByteOrder)
        : base(link)
    {
        _l16ByteOrder = l16ByteOrder;
    }

    public override string Kind => "plivo";

    public static LegFormat FormatFor(StreamAudioFormat format, string description)
    {
        ArgumentNullException.ThrowIfNull(format);
        var clip = format.Encoding switch
        {
            Conformance.Audio.AudioEncoding.MuLaw => ClipFormat.MuLaw8k,
            _ => new ClipFormat(format.ByteOrder == PcmByteOrder.BigEndian ? ClipEncoding.Pcm16BigEndian : ClipEncoding.Pcm16LittleEndian, format.SampleRate),
        };
        return new LegFormat(format.SampleRate, clip, PlayedPositionSource.Acknowledged, description)
        {
            ClearMessage = "clearAudio",
            MarksOnClear = PendingMarksOnClear.Discard,
        };
    }

    public override async Task RunAsync(ILegSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var options = PlivoParserOptions.Default;
        while (await Link.ReceiveAsync(options.MaxMessageBytes, cancellationToken).ConfigureAwait(false) is { } inbound)
        {
            MessagesReceived++;
            if (inbound.TooLarge)
            {
                await FailAsync(sink, StreamViolation.Error(StreamViolationCode.FrameTooLarge, "frame", $"a message over {options.MaxMessageBytes} bytes (PLV-005)"), cancellationToken).ConfigureAwait(false);
                return;
            }

            var result = PlivoParser.ParseProviderMessage(inbound.Kind, inbound.Data.Span, options);
            if (result.Message is null)
            {
                await FailAsync(sink, result.Error!, cancellationToken).ConfigureAwait(false);
                return;
            }

            ReportWarnings(sink, result.Violations);
            switch (result.Message)
            {
                case PlivoStart start when _streamId is not null:
                    await FailAsync(sink, OutOfOrder($"a second start (stream {start.StreamId}) on stream {_streamId}"), cancellationToken).ConfigureAwait(false);
                    return;
                case PlivoStart start:
                    if (start.MediaFormat.ToAudioFormat(_l16ByteOrder) is not { } format)
                    {
                        await FailAsync(sink, StreamViolation.Error(StreamViolationCode.InvalidValue, "$.start.mediaFormat",
                            $"{start.MediaFormat.Encoding} at {start.MediaFormat.SampleRate} Hz is not a Plivo stream format (PLV-003)"), cancellationToken).ConfigureAwait(false);
                        return;
                    }

                    _streamId = start.StreamId;
                    _format = format;
                    _mediaFormat = start.MediaFormat;
                    sink.MediaStarted(FormatFor(format, $"plivo {start.MediaFormat.ContentTypeAttribute} mono"), Details(
                        ("stream_id", start.StreamId), ("call_id", start.CallId), ("account_id", start.AccountId),
                        ("encoding", start.MediaFormat.Encoding), ("sample_rate", start.MediaFormat.SampleRate)));
                    break;
                case PlivoMedia when _format is null:
                    await FailAsync(sink, OutOfOrder("media before start"), cancellationToken).ConfigureAwait(false);
                    return;
                case PlivoMedia media when media.StreamId != _streamId:
                    await FailAsync(sink, StreamViolation.Error(StreamViolationCode.StreamIdMismatch, "$.streamId", $"media for stream {media.StreamId} on stream {_streamId}"), cancellationToken).ConfigureAwait(false);
                    return;
                case PlivoMedia media when media.Track is "inbound" or "inbound_track":
                    // PLV-002: timestamps are epoch ms; the stream's first chunk is its position 0.
                    _firstTimestamp ??= media.TimestampEpochMs;
                    DeliverAudio(sink, _format, media.Payload.Span, "$.media.payload", media.TimestampEpochMs - _firstTimestamp);
                    break;
                case PlivoMedia media:
                    sink.Note("media.leg.ignored", Details(("reason", "not the inbound track"), ("track", media.Track)));
                    break;
                case PlivoDtmf dtmf:
                    sink.Dtmf(dtmf.Digit);
                    break;
                case PlivoCheckpointPlayed played:
                    sink.MarkEchoed(played.Name);
                    break;
                case PlivoClearedAudio:
                    sink.Note("media.leg.cleared_audio", Details(("stream_id", _streamId)));
                    break;
                case PlivoStop:
                    sink.Ended("stop", failed: false);
                    return;
            }
        }

        sink.Ended("caller closed the socket", failed: false);
    }

    public override ValueTask SendAudioAsync(ReadOnlyMemory<byte> payload, int samples, CancellationToken cancellationToken) =>
        Send(new PlivoPlayAudio(_mediaFormat ?? new PlivoMediaFormat(), payload), cancellationToken);

    public override ValueTask SendMarkAsync(string name, CancellationToken cancellationToken) =>
        Send(new PlivoCheckpoint(_streamId ?? "", name), cancellationToken);

    public override ValueTask SendClearAsync(CancellationToken cancellationToken) =>
        Send(new PlivoClearAudio(_streamId ?? ""), cancellationToken);

    private ValueTask Send(PlivoAgentMessage message, CancellationToken cancellationToken) =>
        SendJsonAsync(message, PlivoWriter.GetMaxByteCount(message), PlivoWriter.TryWrite, cancellationToken);
}
