using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Harness.Drivers.Realtime;

/// <summary>
/// A server-side controller on an OpenAI Realtime call's sideband (vendors.md §5.4:
/// <c>wss://…/v1/realtime?call_id=…</c> with the API key): every server event is kept in arrival
/// order; client events (<c>conversation.item.truncate</c>, …) go out as JSON text. Waits are
/// bounded by the run's <see cref="TimeProvider"/>; a socket that closes ends every wait.
/// </summary>
public sealed class RealtimeSidebandClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly TimeProvider _time;
    private readonly List<JsonObject> _events = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiver;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _sent;
    private string? _closed;

    private RealtimeSidebandClient(ClientWebSocket socket, TimeProvider time)
    {
        _socket = socket;
        _time = time;
        _receiver = Task.Run(() => ReceiveAsync(_stop.Token));
    }

    /// <summary>Server events so far, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Opens the sideband of <paramref name="callId"/> on the OpenAI surface at <paramref name="baseUrl"/>.</summary>
    public static async Task<RealtimeSidebandClient> ConnectAsync(Uri baseUrl, string callId, string? apiKey, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(time);
        var root = new UriBuilder(baseUrl) { Scheme = baseUrl.Scheme == "https" ? "wss" : "ws" }.Uri.AbsoluteUri.TrimEnd('/');
        var url = new Uri(root + "/v1/realtime?call_id=" + Uri.EscapeDataString(callId));
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (apiKey is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + apiKey);
        }

        try
        {
            await socket.ConnectAsync(url, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new RealtimeSidebandClient(socket, time);
    }

    /// <summary>Sends a client event (an <c>event_id</c> is added); returns its event id.</summary>
    public async Task<string> SendAsync(string type, JsonObject fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var eventId = string.Create(CultureInfo.InvariantCulture, $"evt_harness_{Interlocked.Increment(ref _sent):D4}");
        var message = new JsonObject { ["type"] = type, ["event_id"] = eventId };
        foreach (var (key, value) in fields)
        {
            message[key] = value?.DeepClone();
        }

        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        return eventId;
    }

    /// <summary>The first event (from index <paramref name="from"/> on) that matches, waiting up to <paramref name="timeout"/>.</summary>
    /// <exception cref="TimeoutException">Nothing matched in time, or the sideband closed first.</exception>
    public async Task<(JsonObject Event, int Index)> WaitForAsync(Func<JsonObject, bool> match, int from, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var timer = new CancellationTokenSource(timeout, _time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (var i = from; i < _events.Count; i++)
                {
                    if (match(_events[i]))
                    {
                        return (_events[i], i);
                    }
                }

                if (_closed is not null)
                {
                    throw new TimeoutException($"The realtime sideband closed ({_closed}) before {what}.");
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No {what} on the realtime sideband within {timeout.TotalSeconds:0.#} s; events so far: {string.Join(", ", Events.Select(Type))}.");
            }
        }
    }

    public static string Type(JsonObject e) => e?["type"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "?";

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(2), _time);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "controller done", timer.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The call (and with it the sideband) may already be gone.
            }
        }

        await _stop.CancelAsync();
        try
        {
            await _receiver;
        }
        catch (OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        try
        {
            while (true)
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
                    Close($"{(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}".Trim());
                    return;
                }

                var parsed = Parse(buffer.WrittenSpan, result.MessageType);
                lock (_gate)
                {
                    _events.Add(parsed);
                    Signal();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            Close(e is OperationCanceledException ? "closed by the controller" : $"connection lost: {e.Message}");
        }
    }

    /// <summary>A server event; anything that is not a JSON object is kept as a <c>harness.unparsable</c> event so a wait can report it.</summary>
    private static JsonObject Parse(ReadOnlySpan<byte> data, WebSocketMessageType kind)
    {
        if (kind == WebSocketMessageType.Text)
        {
            try
            {
                if (JsonNode.Parse(data) is JsonObject json)
                {
                    return json;
                }
            }
            catch (JsonException)
            {
            }
        }

        return new JsonObject { ["type"] = "harness.unparsable", ["bytes"] = data.Length, ["binary"] = kind == WebSocketMessageType.Binary };
    }

    private void Close(string why)
    {
        lock (_gate)
        {
            _closed ??= why;
            Signal();
        }
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
