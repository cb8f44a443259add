using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Streams;
using Conformance.Streams.Twilio;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// The agent side of Twilio Media Streams (media-protocols.md §1; specs/media-streams.md TWL-*):
/// parses what "Twilio" sends (connected, start, media, dtmf, mark, stop), decodes µ-law 8 kHz,
/// and writes media (160-byte chunks), mark and clear with the stream's <c>streamSid</c>. Media
/// starts at <c>start</c> (TS §5); the agent ends the stream by closing the socket (MP §1.1).
/// </summary>
public sealed class TwilioLeg : StreamLeg
{
    private static readonly TwilioParserOptions s_options = TwilioParserOptions.Default;
    private string? _streamSid;

    public TwilioLeg(WebSocketLink link)
        : base(link)
    {
    }

    public override string Kind => "twilio";

    public static LegFormat Format { get; } =
        new(8000, ClipFormat.MuLaw8k, PlayedPositionSource.Acknowledged, "twilio audio/x-mulaw 8000 Hz mono") { ClearMessage = "clear" };

    public override async Task RunAsync(ILegSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        while (await Link.ReceiveAsync(s_options.MaxMessageBytes, cancellationToken).ConfigureAwait(false) is { } inbound)
        {
            MessagesReceived++;
            if (inbound.TooLarge)
            {
                await FailAsync(sink, StreamViolation.Error(StreamViolationCode.FrameTooLarge, "frame", $"a message over {s_options.MaxMessageBytes} bytes (TWL-006)"), cancellationToken).ConfigureAwait(false);
                return;
            }

            var result = TwilioParser.ParseProviderMessage(inbound.Kind, inbound.Data.Span, s_options);
            if (result.Message is null)
            {
                await FailAsync(sink, result.Error!, cancellationToken).ConfigureAwait(false);
                return;
            }

            ReportWarnings(sink, result.Violations);
            switch (result.Message)
            {
                case TwilioConnected connected:
                    sink.Note("media.leg.connected_message", Details(("protocol", connected.Protocol), ("version", connected.Version)));
                    break;
                case TwilioStart start when _streamSid is not null:
                    await FailAsync(sink, OutOfOrder($"a second start (stream {start.StreamSid}) on stream {_streamSid}"), cancellationToken).ConfigureAwait(false);
                    return;
                case TwilioStart start:
                    _streamSid = start.StreamSid;
                    sink.MediaStarted(Format, Details(
                        ("stream_sid", start.StreamSid), ("call_sid", start.CallSid), ("account_sid", start.AccountSid),
                        ("encoding", start.MediaFormat.Encoding), ("sample_rate", start.MediaFormat.SampleRate), ("channels", start.MediaFormat.Channels)));
                    break;
                case TwilioMedia when _streamSid is null:
                    await FailAsync(sink, OutOfOrder("media before start"), cancellationToken).ConfigureAwait(false);
                    return;
                case TwilioMedia media when media.StreamSid != _streamSid:
                    await FailAsync(sink, StreamViolation.Error(StreamViolationCode.StreamIdMismatch, "$.streamSid", $"media for stream {media.StreamSid} on stream {_streamSid}"), cancellationToken).ConfigureAwait(false);
                    return;
                case TwilioMedia media when media.Track is "inbound" or "inbound_track":
                    DeliverAudio(sink, StreamAudioFormat.MuLaw8k, media.Payload.Span, "$.media.payload", media.Timestamp);
                    break;
                case TwilioMedia media:
                    sink.Note("media.leg.ignored", Details(("reason", "not the inbound track"), ("track", media.Track)));
                    break;
                case TwilioDtmf dtmf:
                    sink.Dtmf(dtmf.Digit);
                    break;
                case TwilioMarkEcho mark:
                    sink.MarkEchoed(mark.Name);
                    break;
                case TwilioStop:
                    sink.Ended("stop", failed: false);
                    return;
            }
        }

        sink.Ended("caller closed the socket", failed: false);
    }

    public override ValueTask SendAudioAsync(ReadOnlyMemory<byte> payload, int samples, CancellationToken cancellationToken)
    {
        var message = new TwilioOutboundMedia(_streamSid ?? "", payload);
        return SendJsonAsync<TwilioAgentMessage>(message, TwilioWriter.GetMaxByteCount(message), TwilioWriter.TryWrite, cancellationToken);
    }

    public override ValueTask SendMarkAsync(string name, CancellationToken cancellationToken)
    {
        var message = new TwilioOutboundMark(_streamSid ?? "", name);
        return SendJsonAsync<TwilioAgentMessage>(message, TwilioWriter.GetMaxByteCount(message), TwilioWriter.TryWrite, cancellationToken);
    }

    public override ValueTask SendClearAsync(CancellationToken cancellationToken)
    {
        var message = new TwilioClear(_streamSid ?? "");
        return SendJsonAsync<TwilioAgentMessage>(message, TwilioWriter.GetMaxByteCount(message), TwilioWriter.TryWrite, cancellationToken);
    }
}
