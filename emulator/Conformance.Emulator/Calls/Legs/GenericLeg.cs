using System.Net.WebSockets;
using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Streams;
using Conformance.Streams.Generic;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// The server side of the generic mode (Omnia <c>websocket</c>, Ultravox-style; GEN-*): binary
/// messages are caller audio at the input rate (PCM16 LE, an odd byte carried over, or µ-law),
/// binary out is agent audio at the output rate; JSON control both ways. There is no
/// <c>start</c>: media is up at the client's first message — its stream's first instant — or,
/// for a client that only listens, <see cref="ListenOnlyStart"/> after the socket opened
/// (RUN-015). Bad input is answered with an <c>error</c> message and
/// the call goes on (GEN-007; RUN-035), except an oversize message, which closes with 1009.
/// </summary>
public sealed class GenericLeg : StreamLeg
{
    private readonly GenericStreamFormat _format;
    private readonly GenericCallEndedName _endName;
    private readonly GenericParserOptions _options = GenericParserOptions.Default;
    private readonly PcmByteAligner _aligner;
    private readonly TimeProvider _time;
    private readonly TimeSpan? _listenOnlyStart;
    private byte[] _aligned = new byte[4096];

    /// <param name="listenOnlyStart">When a client that sends nothing gets its media anyway; null for an outbound callee, whose first message is its answer.</param>
    public GenericLeg(WebSocketLink link, GenericStreamFormat format, GenericCallEndedName endName, TimeProvider time, TimeSpan? listenOnlyStart)
        : base(link)
    {
        _format = format ?? throw new ArgumentNullException(nameof(format));
        _endName = endName;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _listenOnlyStart = listenOnlyStart;
        _aligner = new PcmByteAligner(format.Input.BytesPerSample);
    }

    /// <summary>A client that sends nothing gets its media (the greeting) this long after the socket opened.</summary>
    public static TimeSpan ListenOnlyStart { get; } = TimeSpan.FromSeconds(1);

    public override string Kind => _listenOnlyStart is null ? "callee" : "generic";

    public LegFormat Format => FormatFor(_format);

    public static LegFormat FormatFor(GenericStreamFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var clip = format.Encoding == GenericEncoding.MuLaw ? ClipFormat.MuLaw8k : ClipFormat.Pcm16(format.OutputSampleRate);
        var encoding = format.Encoding == GenericEncoding.MuLaw ? "mulaw" : "pcm_s16le";
        return new LegFormat(format.InputSampleRate, clip, PlayedPositionSource.SamplesSent,
            $"generic {encoding} in {format.InputSampleRate} Hz, out {format.OutputSampleRate} Hz, mono") { ClearMessage = "playback_clear_buffer" };
    }

    public override async Task RunAsync(ILegSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var limit = Math.Max(_options.MaxBinaryBytes, _options.MaxTextBytes);
        var receiving = Link.ReceiveAsync(limit, cancellationToken);
        var listenOnly = _listenOnlyStart is { } wait
            && await Task.WhenAny(receiving, Task.Delay(wait, _time, cancellationToken)).ConfigureAwait(false) != receiving;
        if (!listenOnly && await receiving.ConfigureAwait(false) is null)
        {
            // RUN-045: the far end went away before its first message: never answered.
            sink.Ended(_listenOnlyStart is null ? "callee closed the socket before answering" : "caller closed the socket before any media", failed: true);
            return;
        }

        sink.MediaStarted(Format, Details(
            ("input_sample_rate", _format.InputSampleRate), ("output_sample_rate", _format.OutputSampleRate),
            ("encoding", _format.Encoding.ToString()),
            ("started_by", listenOnly ? "listen_only_timeout" : _listenOnlyStart is null ? "callee_answered" : "first_client_message")));
        for (var next = await receiving.ConfigureAwait(false); next is { } inbound; next = await Link.ReceiveAsync(limit, cancellationToken).ConfigureAwait(false))
        {
            MessagesReceived++;
            var max = inbound.Kind == FrameKind.Binary ? _options.MaxBinaryBytes : _options.MaxTextBytes;
            if (inbound.TooLarge || inbound.Data.Length > max)
            {
                await FailAsync(sink, StreamViolation.Error(StreamViolationCode.FrameTooLarge, "frame", $"a {inbound.Kind} message over {max} bytes (GEN-009)"), cancellationToken).ConfigureAwait(false);
                return;
            }

            if (inbound.Kind == FrameKind.Binary)
            {
                Audio(sink, inbound.Data.Span);
                continue;
            }

            var result = GenericParser.ParseClientMessage(inbound.Kind, inbound.Data.Span, _options);
            if (result.Message is null)
            {
                // GEN-007: tell the client and keep the call.
                var error = result.Error!;
                sink.Violation(error, fatal: false);
                await SendControlAsync(GenericError.From(error), cancellationToken).ConfigureAwait(false);
                continue;
            }

            ReportWarnings(sink, result.Violations);
            switch (result.Message)
            {
                case GenericPing ping:
                    await SendControlAsync(new GenericPong(ping.Timestamp), cancellationToken).ConfigureAwait(false);
                    break;
                case GenericHangUp hangUp:
                    sink.Note("media.leg.hang_up", Details(("message", hangUp.Message)));
                    sink.Ended("hang_up", failed: false);
                    return;
                case GenericUserTextMessage text:
                    sink.Note("media.leg.user_text", Details(("text", text.Text)));
                    break;
                case GenericClientToolResult tool:
                    sink.Note("media.leg.tool_result", Details(("invocation_id", tool.InvocationId)));
                    break;
            }
        }

        sink.Ended("caller closed the socket", failed: false);
    }

    public override async ValueTask SendAudioAsync(ReadOnlyMemory<byte> payload, int samples, CancellationToken cancellationToken) =>
        await Link.SendBinaryAsync(payload, cancellationToken).ConfigureAwait(false);

    public override ValueTask SendClearAsync(CancellationToken cancellationToken) =>
        SendControlAsync(new GenericPlaybackClearBuffer(), cancellationToken);

    public override ValueTask SendControlAsync(GenericServerMessage message, CancellationToken cancellationToken) =>
        SendJsonAsync(message, GenericWriter.GetMaxByteCount(message), GenericWriter.TryWrite, cancellationToken);

    /// <summary>GEN-006: the end-of-call message (<c>hangup</c> for Omnia, <c>call_ended</c> otherwise), then close 1000.</summary>
    public override async ValueTask CloseAsync(string reason, CancellationToken cancellationToken)
    {
        await SendControlAsync(new GenericCallEnded(_endName), cancellationToken).ConfigureAwait(false);
        await Link.CloseAsync(WebSocketCloseStatus.NormalClosure, reason, cancellationToken).ConfigureAwait(false);
    }

    private void Audio(ILegSink sink, ReadOnlySpan<byte> chunk)
    {
        var need = _aligner.MaxOutputBytes(chunk.Length);
        if (_aligned.Length < need)
        {
            _aligned = new byte[need];
        }

        var written = _aligner.Align(chunk, _aligned);
        if (written > 0)
        {
            DeliverAudio(sink, _format.Input, _aligned.AsSpan(0, written), "frame");
        }
    }
}
