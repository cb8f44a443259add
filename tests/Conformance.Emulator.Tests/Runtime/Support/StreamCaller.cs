using System.Diagnostics;
using System.Net.WebSockets;
using System.Threading.Channels;
using Conformance.Streams;
using Conformance.Streams.Playout;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>
/// The telephony provider / generic client side of a media-stream call, as the harness plays it:
/// opens the stream, sends the caller's audio in 20 ms frames on an absolute schedule
/// (frame k at start + k·20 ms, the frame's own start), and runs the provider's playout model
/// on the same clock: each tick first takes in what the agent sent, then plays 20 ms, answering
/// marks as the cursor passes them, then sends the next caller frame. Everything it saw is kept
/// with its time on the caller's stream (ms since start) for the assertions. The stream's clock
/// starts when its first message is on the socket (the provider's <c>start</c>, or the generic
/// client's first audio frame): that is the emulator's media epoch, and the client's own set-up
/// before it (the first use of its code paths) must not shift every later time.
/// </summary>
internal sealed class StreamCaller : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ProviderDialect _dialect;
    private readonly Channel<(double AtMs, AgentAction Action)> _inbound = Channel.CreateUnbounded<(double, AgentAction)>();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly Stopwatch _clock = new();
    private Task? _receiver;

    private StreamCaller(ClientWebSocket socket, ProviderDialect dialect)
    {
        _socket = socket;
        _dialect = dialect;
        Playout = new ProviderPlayout(dialect.AgentFormat, dialect.PlayoutOptions);
    }

    public ProviderPlayout Playout { get; }

    /// <summary>Every agent message, with its arrival time on the caller's stream clock.</summary>
    public List<(double AtMs, AgentAction Action)> Received { get; } = [];

    public List<PlayoutEvent> PlayoutEvents { get; } = [];

    /// <summary>The agent audio as heard (the format's silence where nothing played).</summary>
    public List<short> Heard { get; } = [];

    public WebSocketCloseStatus? CloseStatus { get; private set; }

    public string? CloseDescription { get; private set; }

    public bool ServerClosed { get; private set; }

    /// <summary>How late the caller's own worst tick was (its sends are paced by this loop).</summary>
    public double MaxTickLateMs { get; private set; }

    public double MaxTickLateAtMs { get; private set; }

    public List<string> Diagnostics { get; } = [];

    public int FrameSamples => _dialect.CallerFormat.SamplesPerFrame(20);

    public double AgentRate => _dialect.AgentFormat.SampleRate;

    public double AgentBytesPerMs => _dialect.AgentFormat.BytesPerFrame(20) / 20.0;

    public static async Task<StreamCaller> ConnectAsync(string url, ProviderDialect dialect)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(url), CancellationToken.None);
        return new StreamCaller(socket, dialect);
    }

    /// <summary>
    /// Runs the call: opens the stream, sends <paramref name="caller"/> (PCM16 at the caller rate)
    /// frame by frame, then <paramref name="tailMs"/> of silence; <paramref name="dtmf"/> digits go
    /// before the frame at their ms. Stops early when the agent closes the socket.
    /// </summary>
    public async Task RunAsync(short[] caller, double tailMs = 0, IReadOnlyDictionary<double, string>? dtmf = null, bool sendStop = true)
    {
        var opening = _dialect.Open().ToList();
        foreach (var message in opening)
        {
            await SendAsync(message);
        }

        if (opening.Count > 0)
        {
            _clock.Start();
        }

        _receiver = ReceiveAsync();
        var frame = FrameSamples;
        var frames = (caller.Length + frame - 1) / frame + (int)Math.Ceiling(tailMs / 20);
        var agentFrame = _dialect.AgentFormat.SamplesPerFrame(20);
        var heard = new byte[_dialect.AgentFormat.BytesPerFrame(20)];
        var pcm = new short[agentFrame];
        var digits = new Queue<KeyValuePair<double, string>>((dtmf ?? new Dictionary<double, string>()).OrderBy(d => d.Key));
        var buffer = new short[frame];
        for (var k = 0; k < frames && !ServerClosed; k++)
        {
            var due = TimeSpan.FromMilliseconds(k * 20.0);
            var wait = due - _clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var late = (_clock.Elapsed - due).TotalMilliseconds;
            if (late > 100)
            {
                Diagnostics.Add($"tick {k * 20} late {late:0} ms; pool threads {ThreadPool.ThreadCount}, pending {ThreadPool.PendingWorkItemCount}, gc2 {GC.CollectionCount(2)}, gc pause total {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
            }

            if (late > MaxTickLateMs)
            {
                MaxTickLateMs = late;
                MaxTickLateAtMs = k * 20.0;
            }

            await TakeInAsync();
            var step = Playout.Advance(agentFrame, heard);
            await HandleAsync(step.Events);
            StreamPayload.TryDecode(_dialect.AgentFormat, heard, pcm, out _);
            Heard.AddRange(pcm);
            while (digits.Count > 0 && digits.Peek().Key <= k * 20.0)
            {
                if (_dialect.Dtmf(digits.Dequeue().Value) is { } d)
                {
                    await SendAsync(d);
                }
            }

            Array.Clear(buffer);
            var start = k * frame;
            if (start < caller.Length)
            {
                caller.AsSpan(start, Math.Min(frame, caller.Length - start)).CopyTo(buffer);
            }

            await SendAsync(_dialect.Media(buffer));
            _clock.Start();
        }

        if (sendStop && !ServerClosed && _dialect.Stop() is { } stop)
        {
            await SendAsync(stop);
        }

        await CloseAsync();
    }

    /// <summary>Waits (up to <paramref name="timeout"/>) for the agent to close the socket.</summary>
    public async Task WaitForServerCloseAsync(TimeSpan timeout)
    {
        if (_receiver is not null)
        {
            await _receiver.WaitAsync(timeout);
        }
    }

    public async Task CloseAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }

            if (_receiver is not null)
            {
                await _receiver.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (WebSocketException)
        {
        }

        await TakeInAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        if (_receiver is not null)
        {
            try
            {
                await _receiver.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
            {
            }
        }

        _send.Dispose();
    }

    /// <summary>Ms on the caller's stream clock of a playout position (samples at the agent rate).</summary>
    public double PositionMs(long samples) => samples * 1000.0 / AgentRate;

    public async Task SendRawAsync(FrameKind kind, byte[] data) => await SendAsync(new OutboundMessage(kind, data));

    private async Task TakeInAsync()
    {
        while (_inbound.Reader.TryRead(out var item))
        {
            Received.Add(item);
            switch (item.Action.Kind)
            {
                case AgentActionKind.Audio when StreamPayload.IsWholeSamples(_dialect.AgentFormat, item.Action.Audio.Length):
                    await HandleAsync(Playout.Enqueue(item.Action.Audio.Span));
                    break;
                case AgentActionKind.Mark:
                    await HandleAsync(Playout.Mark(item.Action.Name!));
                    break;
                case AgentActionKind.Clear:
                    await HandleAsync(Playout.Clear());
                    if (_dialect.Cleared() is { } cleared)
                    {
                        await SendAsync(cleared);
                    }

                    break;
            }
        }
    }

    private async Task HandleAsync(IReadOnlyList<PlayoutEvent> events)
    {
        foreach (var e in events)
        {
            PlayoutEvents.Add(e);
            if (e is MarkEchoed echoed && _dialect.MarkEcho(echoed.Name) is { } echo)
            {
                await SendAsync(echo);
            }
        }
    }

    private async Task SendAsync(OutboundMessage message)
    {
        await _send.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(message.Data, message.Kind == FrameKind.Binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            ServerClosed = true;
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 20];
        try
        {
            while (true)
            {
                var count = 0;
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), CancellationToken.None);
                    count += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    CloseStatus = result.CloseStatus;
                    CloseDescription = result.CloseStatusDescription;
                    ServerClosed = true;
                    return;
                }

                var kind = result.MessageType == WebSocketMessageType.Binary ? FrameKind.Binary : FrameKind.Text;
                var action = _dialect.Parse(kind, buffer.AsSpan(0, count));
                _inbound.Writer.TryWrite((_clock.Elapsed.TotalMilliseconds, action));
            }
        }
        catch (WebSocketException)
        {
            ServerClosed = true;
        }
    }
}
