using Conformance.Audio;
using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Streams;
using Conformance.Streams.Telnyx;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// The agent side of Telnyx media streaming in rtp mode (media-protocols.md §2; TNX-*): the
/// <c>start</c> frame's <c>media_format</c> (PCMU/PCMA 8 kHz or L16 big-endian) sets both
/// directions — Telnyx reports one codec, so the bidirectional codec is taken to be the same
/// (Ultravox's warning, MP §2.1). Writes media, mark and clear without <c>stream_id</c>, as the
/// documented examples do.
/// </summary>
public sealed class TelnyxLeg : StreamLeg
{
    private static readonly TelnyxParserOptions s_options = TelnyxParserOptions.Default;
    private string? _streamId;
    private StreamAudioFormat? _format;

    public TelnyxLeg(WebSocketLink link)
        : base(link)
    {
    }

    public override string Kind => "telnyx";

    public static LegFormat FormatFor(StreamAudioFormat format, string description)
    {
        ArgumentNullException.ThrowIfNull(format);
        var clip = format.Encoding switch
        {
            AudioEncoding.MuLaw => ClipFormat.MuLaw8k,
            AudioEncoding.ALaw => ClipFormat.ALaw8k,
            _ => new ClipFormat(ClipEncoding.Pcm16BigEndian, format.SampleRate),
        };
        return new LegFormat(format.SampleRate, clip, PlayedPositionSource.Acknowledged, description) { ClearMessage = "clear" };
    }

    public override async Task RunAsync(ILegSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        while (await Link.ReceiveAsync(s_options.MaxMessageBytes, cancellationToken).ConfigureAwait(false) is { } inbound)
        {
            MessagesReceived++;
            if (inbound.TooLarge)
            {
                await FailAsync(sink, StreamViolation.Error(StreamViolationCode.FrameTooLarge, "frame", $"a message over {s_options.MaxMessageBytes} bytes (TNX-006)"), cancellationToken).ConfigureAwait(false);
                return;
            }

            var result = TelnyxParser.ParseProviderMessage(inbound.Kind, inbound.Data.Span, s_options);
            if (result.Message is null)
            {
                await FailAsync(sink, result.Error!, cancellationToken).ConfigureAwait(false);
                return;
            }

            ReportWarnings(sink, result.Violations);
            switch (result.Message)
            {
                case TelnyxConnected connected:
                    sink.Note("media.leg.connected_message", Details(("version", connected.Version)));
                    break;
                case TelnyxStart start when _streamId is not null:
                    await FailAsync(sink, OutOfOrder($"a second start (stream {start.StreamId}) on stream {_streamId}"), cancellationToken).ConfigureAwait(false);
                    return;
                case TelnyxStart start:
                    if (start.MediaFormat.ToAudioFormat() is not { } format)
                    {
                        await FailAsync(sink, StreamViolation.Error(StreamViolationCode.InvalidValue, "$.start.media_format",
                            $"{start.MediaFormat.Encoding} at {start.MediaFormat.SampleRate} Hz is not emulated (TNX-002: PCMU/PCMA 8000, L16 8000–48000)"), cancellationToken).ConfigureAwait(false);
                        return;
                    }

                    _streamId = start.StreamId;
                    _format = format;
                    sink.MediaStarted(FormatFor(format, $"telnyx {start.MediaFormat.Encoding} {start.MediaFormat.SampleRate} Hz mono"), Details(
                        ("stream_id", start.StreamId), ("call_control_id", start.CallControlId),
                        ("encoding", start.MediaFormat.Encoding), ("sample_rate", start.MediaFormat.SampleRate), ("channels", start.MediaFormat.Channels)));
                    break;
                case TelnyxMedia when _format is null:
                    await FailAsync(sink, OutOfOrder("media before start"), cancellationToken).ConfigureAwait(false);
                    return;
                case TelnyxMedia media when media.StreamId != _streamId:
                    await FailAsync(sink, StreamViolation.Error(StreamViolationCode.StreamIdMismatch, "$.stream_id", $"media for stream {media.StreamId} on stream {_streamId}"), cancellationToken).ConfigureAwait(false);
                    return;
                case TelnyxMedia media when media.Track is "inbound" or "inbound_track":
                    DeliverAudio(sink, _format, media.Payload.Span, "$.media.payload", media.Timestamp);
                    break;
                case TelnyxMedia media:
                    sink.Note("media.leg.ignored", Details(("reason", "not the inbound track"), ("track", media.Track)));
                    break;
                case TelnyxDtmf dtmf:
                    sink.Dtmf(dtmf.Digit);
                    break;
                case TelnyxMarkEcho mark:
                    sink.MarkEchoed(mark.Name);
                    break;
                case TelnyxError error:
                    sink.Note("media.leg.provider_error", Details(("code", error.Code), ("title", error.Title), ("detail", error.Detail)));
                    break;
                case TelnyxStop:
                    sink.Ended("stop", failed: false);
                    return;
            }
        }

        sink.Ended("caller closed the socket", failed: false);
    }

    public override ValueTask SendAudioAsync(ReadOnlyMemory<byte> payload, int samples, CancellationToken cancellationToken) =>
        Send(new TelnyxOutboundMedia(payload), cancellationToken);

    public override ValueTask SendMarkAsync(string name, CancellationToken cancellationToken) =>
        Send(new TelnyxOutboundMark(name), cancellationToken);

    public override ValueTask SendClearAsync(CancellationToken cancellationToken) =>
        Send(new TelnyxClear(), cancellationToken);

    private ValueTask Send(TelnyxAgentMessage message, CancellationToken cancellationToken) =>
        SendJsonAsync(message, TelnyxWriter.GetMaxByteCount(message), TelnyxWriter.TryWrite, cancellationToken);
}
