using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using Conformance.Harness.Measuring;
using Conformance.Streams;
using Conformance.Streams.Playout;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>
/// The telephony provider's side of one media-stream call over a WebSocket (either end may have
/// dialled: the harness connects to an Omnia <c>websocketUrl</c>, or the emulator dials the
/// harness's callee). Per tick it sends one 20 ms caller frame, takes in the agent's messages in
/// arrival order, feeds their audio, marks and clears to the provider's playout buffer
/// (<see cref="ProviderPlayout"/>), plays out one frame into the caller's ear and answers marks
/// as the provider does — so what the caller heard, and when, is known to the sample.
/// </summary>
public sealed class MediaStreamCall : CallerLeg
{
    private readonly WebSocket _socket;
    private readonly IProviderProtocol _protocol;
    private readonly ProviderPlayout _playout;
    private readonly Channel<Inbound> _inbound = Channel.CreateUnbounded<Inbound>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly byte[] _heard;
    private readonly short[] _heardPcm;
    private readonly byte[] _uplinkPayload;
    private readonly CancellationTokenSource _receiving = new();
    private Task? _receiver;
    private bool _agentSpeaking;

    private MediaStreamCall(WebSocket socket, IProviderProtocol protocol, TimeProvider time, CallerLegOptions? options)
        : base(protocol.Transport.ToString().ToLowerInvariant(), protocol.Uplink.SampleRate, new AgentEar(protocol.Downlink.SampleRate), time, options)
    {
        _socket = socket;
        _protocol = protocol;
        _playout = new ProviderPlayout(protocol.Downlink, protocol.Playout);
        var downlinkFrame = protocol.Downlink.SamplesPerFrame(Options.FrameMs);
        _heard = new byte[protocol.Downlink.BytesPerFrame(Options.FrameMs)];
        _heardPcm = new short[downlinkFrame];
        _uplinkPayload = new byte[protocol.Uplink.BytesPerFrame(Options.FrameMs)];
        State.Codec = protocol.Uplink == protocol.Downlink ? protocol.Uplink.ToString() : $"{protocol.Uplink} up, {protocol.Downlink} down";
    }

    /// <summary>How long one send may block before the call is given up.</summary>
    public static TimeSpan SendTimeout { get; } = TimeSpan.FromSeconds(5);

    public IProviderProtocol Protocol => _protocol;

    /// <summary>Dials a media-stream URL (an Omnia <c>websocketUrl</c>) and starts the call.</summary>
    /// <exception cref="StreamConnectException">The server refused the WebSocket upgrade (its HTTP status is kept).</exception>
    public static async Task<MediaStreamCall> ConnectAsync(
        Uri url, IProviderProtocol protocol, TimeProvider time, CallerLegOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(protocol);
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
        }
        catch (WebSocketException e)
        {
            var status = (int)socket.HttpStatusCode;
            socket.Dispose();
            throw new StreamConnectException(url, status, e);
        }

        return Start(socket, protocol, time, options);
    }

    /// <summary>Runs a call over a socket someone else opened (the callee side: the emulator dialled in).</summary>
    public static MediaStreamCall Start(WebSocket socket, IProviderProtocol protocol, TimeProvider time, CallerLegOptions? options)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(protocol);
        var call = new MediaStreamCall(socket, protocol, time, options);
        call.StartLoop();
        return call;
    }

    protected override async ValueTask OnStartAsync(CancellationToken cancellationToken)
    {
        foreach (var frame in _protocol.Open())
        {
            await SendAsync(frame, cancellationToken);
        }

        State.Log(WireDirection.Local, "stream open", State.Codec);
        _receiver = Task.Run(() => ReceiveAsync(_receiving.Token), CancellationToken.None);
    }

    protected override async ValueTask OnUplinkAsync(long index, ReadOnlyMemory<short> frame, CancellationToken cancellationToken)
    {
        if (_socket.State == WebSocketState.Open)
        {
            var bytes = StreamPayload.Encode(_protocol.Uplink, frame.Span, _uplinkPayload);
            await SendAsync(_protocol.Media(_uplinkPayload.AsMemory(0, bytes).ToArray()), cancellationToken, log: false);
        }
    }

    protected override async ValueTask OnTickAsync(long tick, CancellationToken cancellationToken)
    {
        while (_inbound.Reader.TryPeek(out var next) && ArrivedByThisTick(ScheduleMs(next.ArrivedAt)))
        {
            _inbound.Reader.TryRead(out var inbound);
            await TakeAsync(inbound!, cancellationToken);
        }

        await PlayOutAsync(cancellationToken);
    }

    protected override async ValueTask OnDigitAsync(char digit, CancellationToken cancellationToken)
    {
        if (_protocol.Dtmf(digit, (long)State.NowMs) is { } frame)
        {
            await SendAsync(frame, cancellationToken);
        }
        else
        {
            throw new NotSupportedException($"{_protocol.Transport} carries no DTMF from the caller.");
        }
    }

    protected override async ValueTask OnHangUpAsync(CancellationToken cancellationToken)
    {
        if (_socket.State != WebSocketState.Open)
        {
            return;
        }

        if (_protocol.EndOfStream() is { } stop)
        {
            await SendAsync(stop, cancellationToken);
        }

        try
        {
            using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(5), Time);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "caller hung up", limit.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            State.Log(WireDirection.Local, "close failed", e.Message);
        }
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        await _receiving.CancelAsync();
        if (_receiver is not null)
        {
            try
            {
                await _receiver;
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                // The socket is going away either way.
            }
        }

        _socket.Dispose();
        _receiving.Dispose();
    }

    private async Task TakeAsync(Inbound inbound, CancellationToken cancellationToken)
    {
        if (inbound.Closed is { } closed)
        {
            State.Log(WireDirection.FromAgent, "socket closed", closed);
            State.End($"the agent side closed the socket ({closed})");
            return;
        }

        foreach (var e in inbound.Events)
        {
            switch (e)
            {
                case AgentAudio audio:
                    State.AgentAudioMessages++;
                    State.AgentAudioBytes += audio.Payload.Length;
                    if (!StreamPayload.IsWholeSamples(_protocol.Downlink, audio.Payload.Length))
                    {
                        State.AddFinding(new AgentProtocolFinding(
                            StreamViolation.Error(StreamViolationCode.InvalidValue, "$.media.payload", $"{audio.Payload.Length} bytes is not whole {_protocol.Downlink} samples"), ""));
                        break;
                    }

                    if (!_agentSpeaking)
                    {
                        State.Log(WireDirection.FromAgent, "agent audio", $"{_protocol.Downlink}");
                        _agentSpeaking = true;
                    }

                    await ApplyAsync(_playout.Enqueue(audio.Payload.Span), cancellationToken);
                    break;
                case AgentMark mark:
                    State.AddMark(new MarkRecord(mark.Name, State.NowMs, _playout.Received));
                    await ApplyAsync(_playout.Mark(mark.Name), cancellationToken);
                    break;
                case AgentClear clear:
                    State.AddClear(State.NowMs);
                    State.Log(WireDirection.FromAgent, clear.WireName, $"{_playout.QueuedSamples * 1000.0 / _protocol.Downlink.SampleRate:0} ms queued");
                    _agentSpeaking = false;
                    await ApplyAsync(_playout.Clear(), cancellationToken);
                    if (_protocol.ClearAcknowledgement() is { } ack)
                    {
                        await SendAsync(ack, cancellationToken);
                    }

                    break;
                case AgentControl control:
                    State.Log(WireDirection.FromAgent, control.Type, control.Json);
                    break;
                case AgentHangUp hangUp:
                    State.Log(WireDirection.FromAgent, hangUp.WireName);
                    break;
                case AgentProtocolFinding finding:
                    State.AddFinding(finding);
                    State.Log(WireDirection.FromAgent, finding.IsError ? "protocol error" : "protocol warning", finding.Violation.ToString());
                    break;
            }
        }
    }

    private async Task PlayOutAsync(CancellationToken cancellationToken)
    {
        var step = _playout.Advance(_heardPcm.Length, _heard);
        StreamPayload.TryDecode(_protocol.Downlink, _heard, _heardPcm, out _);
        var offset = step.HeardSamples > 0 ? (int)(step.HeardAt - (_playout.Now - _heardPcm.Length)) : 0;
        State.Ear.Append(_heardPcm, offset, step.HeardSamples);
        await ApplyAsync(step.Events, cancellationToken);
    }

    private async Task ApplyAsync(IReadOnlyList<PlayoutEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            var atMs = e.At * 1000.0 / _protocol.Downlink.SampleRate;
            switch (e)
            {
                case MarkEchoed echoed:
                    var outcome = echoed.Reason switch
                    {
                        MarkEchoReason.Played => "played",
                        MarkEchoReason.Cleared => "cleared",
                        _ => "nothing-queued",
                    };
                    State.UpdateMark(echoed.Name, m => m with { EchoedAtMs = atMs, Outcome = outcome });
                    if (_protocol.MarkEcho(echoed.Name) is { } echo)
                    {
                        await SendAsync(echo, cancellationToken, log: false);
                    }

                    break;
                case MarkDiscarded discarded:
                    State.UpdateMark(discarded.Name, m => m with { EchoedAtMs = atMs, Outcome = "discarded" });
                    break;
                case PlayoutStarted:
                    State.LogAt(atMs, WireDirection.Local, "playout started");
                    break;
                case PlayoutStopped stopped:
                    State.LogAt(atMs, WireDirection.Local, stopped.Cleared ? "playout cleared" : "playout drained");
                    _agentSpeaking = _playout.QueuedSamples > 0;
                    break;
                case QueueOverflowed overflow:
                    State.LogAt(atMs, WireDirection.Local, "playout overflow", $"{overflow.Samples} samples dropped");
                    break;
            }
        }
    }

    private async Task SendAsync(OutboundFrame frame, CancellationToken cancellationToken, bool log = true)
    {
        if (_socket.State != WebSocketState.Open)
        {
            return;
        }

        try
        {
            // A peer that stops reading would block the send and, with it, the caller's clock.
            using var timer = new CancellationTokenSource(SendTimeout, Time);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            await _socket.SendAsync(frame.Data, frame.Type, true, limit.Token);
            if (log)
            {
                State.Log(WireDirection.ToAgent, frame.Kind);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var why = e is OperationCanceledException ? $"the agent side stopped reading for {SendTimeout.TotalSeconds:0} s" : e.Message;
            State.Log(WireDirection.Local, "send failed", why);
            State.End($"sending {frame.Kind} failed: {why}");
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _inbound.Writer.TryWrite(new Inbound([], $"{(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}".Trim(), Time.GetTimestamp()));
                    return;
                }

                _inbound.Writer.TryWrite(new Inbound(_protocol.Read(result.MessageType, buffer.WrittenSpan), null, Time.GetTimestamp()));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            _inbound.Writer.TryWrite(new Inbound([], $"connection lost: {e.Message}", Time.GetTimestamp()));
        }
    }

    /// <summary>What one message brought, stamped when it arrived (see <see cref="CallerLeg.ArrivedByThisTick"/>).</summary>
    private sealed record Inbound(IReadOnlyList<AgentStreamEvent> Events, string? Closed, long ArrivedAt);
}
