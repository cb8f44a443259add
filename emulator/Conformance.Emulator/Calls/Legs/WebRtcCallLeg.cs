using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Runtime;
using Conformance.Rtc;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// A WebRTC caller leg (Everruns create_call, OpenAI <c>/v1/realtime/calls</c>) on the
/// Conformance.Rtc peer connection the REST layer answered with (specs/runtime.md RUN-050…052).
/// Media is up when ICE and DTLS-SRTP are (TS §5). Caller audio is the decoded RTP at the
/// codec's clock (48 kHz Opus, 8 kHz G.711), placed by its RTP timestamps; agent frames are
/// pre-encoded Opus/G.711 payloads, and agent silence advances the RTP clock without packets.
/// There is no clear on the wire: a cut just stops, and the encoder state is dropped. What the
/// caller heard is what was sent (TS §3).
/// </summary>
public sealed class WebRtcCallLeg : CallLeg
{
    private readonly RtcLeg _leg;
    private readonly PeerConnection _connection;
    private readonly TimeProvider _time;
    private readonly TimeSpan _connectTimeout;

    public WebRtcCallLeg(RtcLeg leg, TimeProvider time, TimeSpan connectTimeout)
    {
        _leg = leg ?? throw new ArgumentNullException(nameof(leg));
        _connection = leg.Connection;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _connectTimeout = connectTimeout;
    }

    public override string Kind => "webrtc";

    public static LegFormat FormatFor(NegotiatedAudio negotiated)
    {
        ArgumentNullException.ThrowIfNull(negotiated);
        var clip = negotiated.Codec switch
        {
            AudioCodec.Opus => ClipFormat.Opus48k,
            AudioCodec.Pcma => ClipFormat.ALaw8k,
            _ => ClipFormat.MuLaw8k,
        };
        return new LegFormat(negotiated.PcmSampleRate, clip, PlayedPositionSource.SamplesSent,
            string.Create(CultureInfo.InvariantCulture, $"webrtc {negotiated.Codec.SdpName()}/{negotiated.ClockRate}/{negotiated.Channels} pt {negotiated.PayloadType}"))
        {
            AdvanceClockInSilence = true,
        };
    }

    public override async Task RunAsync(ILegSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var timeout = new CancellationTokenSource(_connectTimeout, _time);
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _connection.WaitForConnectedAsync(connecting.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            sink.Ended($"webrtc connection not established within {_connectTimeout.TotalSeconds:0} s", failed: true);
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or PeerConnectionException or ObjectDisposedException)
        {
            sink.Ended($"webrtc connection failed: {e.Message}", failed: true);
            return;
        }

        var negotiated = _leg.Negotiated;
        sink.MediaStarted(FormatFor(negotiated), new JsonObject
        {
            ["codec"] = _leg.Codec,
            ["payload_type"] = negotiated.PayloadType,
            ["telephone_event_payload_type"] = negotiated.TelephoneEventPayloadType,
            ["remote"] = _connection.RemoteEndPoint?.ToString(),
            ["opus_codec_delay_note"] = negotiated.Codec == AudioCodec.Opus ? "decoded agent audio lags the clip by the Opus encoder lookahead (~6.5 ms)" : null,
        });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var digits = DigitsAsync(sink, stop.Token);
        var events = EventsAsync(sink, stop.Token);
        try
        {
            await foreach (var frame in _connection.Audio.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                sink.CallerAudio(frame.Samples, frame.MediaTime);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(digits, events).ConfigureAwait(false);
        }

        sink.Ended("webrtc connection closed", failed: _connection.State == ConnectionState.Failed);
    }

    public override ValueTask SendAudioAsync(ReadOnlyMemory<byte> payload, int samples, CancellationToken cancellationToken)
    {
        _connection.TrySendEncoded(payload.Span, samples);
        return ValueTask.CompletedTask;
    }

    public override ValueTask SendSilenceAsync(int samples, CancellationToken cancellationToken)
    {
        _connection.SkipSamples(samples);
        return ValueTask.CompletedTask;
    }

    public override ValueTask SendClearAsync(CancellationToken cancellationToken)
    {
        _connection.ResetEncoder();
        return ValueTask.CompletedTask;
    }

    public override ValueTask CloseAsync(string reason, CancellationToken cancellationToken) => _connection.DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await _leg.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private async Task DigitsAsync(ILegSink sink, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notice in _connection.TelephoneEvents.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!notice.Ended && notice.Digit is { } digit)
                {
                    sink.Dtmf(digit.ToString());
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The leg ended.
        }
    }

    private async Task EventsAsync(ILegSink sink, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var e in _connection.Events.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                sink.Note("media.webrtc.event", new JsonObject
                {
                    ["kind"] = e.Kind.ToString(),
                    ["state"] = e.State.ToString(),
                    ["reason"] = e.Reason == ConnectionFailureReason.None ? null : e.Reason.ToString(),
                    ["detail"] = e.Detail,
                });
                if (e.Kind == ConnectionEventKind.StateChanged && e.State is ConnectionState.Failed or ConnectionState.Closed)
                {
                    sink.Ended($"webrtc {e.State.ToString().ToLowerInvariant()}: {e.Reason}", failed: e.State == ConnectionState.Failed);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The leg ended.
        }
    }
}
