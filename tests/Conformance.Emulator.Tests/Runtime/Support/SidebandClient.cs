using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>An OpenAI Realtime sideband socket (<c>?call_id=</c>) collecting every server event.</summary>
internal sealed class SidebandClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonObject> _events = [];
    private Task? _receiver;

    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public static async Task<SidebandClient> ConnectAsync(string baseUrl, string callId, string key)
    {
        var client = new SidebandClient();
        client._socket.Options.SetRequestHeader("Authorization", $"Bearer {key}");
        await client._socket.ConnectAsync(new Uri($"ws{baseUrl["http".Length..]}/openai/v1/realtime?call_id={callId}"), CancellationToken.None);
        client._receiver = client.ReceiveAsync();
        return client;
    }

    public Task SendAsync(JsonObject message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no matching sideband event; got: {string.Join(", ", Events.Select(e => e["type"]))}");
    }

    public IEnumerable<string> Types => Events.Select(e => e["type"]!.GetValue<string>());

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        if (_receiver is not null)
        {
            await _receiver.WaitAsync(TimeSpan.FromSeconds(10));
        }

        _socket.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[256 * 1024];
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
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                lock (_events)
                {
                    _events.Add(JsonNode.Parse(buffer.AsSpan(0, count))!.AsObject());
                }
            }
        }
        catch (WebSocketException)
        {
        }
    }
}
