using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace Conformance.Harness.Drivers.Callee;

/// <summary>
/// A WebSocket server on 127.0.0.1 at a free port (HttpListener: the harness may not use ASP.NET
/// Core): every upgrade request is accepted and handed over in arrival order with its path; any
/// other request gets 400. Used for the callee the emulator dials, and by tests as a peer.
/// </summary>
public sealed class LoopbackWebSocketListener : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Channel<AcceptedSocket> _accepted = Channel.CreateUnbounded<AcceptedSocket>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private LoopbackWebSocketListener(HttpListener listener, int port)
    {
        _listener = listener;
        Port = port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary><c>ws://127.0.0.1:{port}</c>.</summary>
    public Uri BaseUri => new($"ws://127.0.0.1:{Port}");

    /// <summary>Starts listening on a free loopback port (retrying if another process takes the port first).</summary>
    public static LoopbackWebSocketListener Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackWebSocketListener(listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>Waits for the next WebSocket that connects.</summary>
    public async Task<AcceptedSocket> AcceptAsync(CancellationToken cancellationToken) => await _accepted.Reader.ReadAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // Stopping the listener ends the accept loop this way.
        }

        _listener.Close();
        while (_accepted.Reader.TryRead(out var socket))
        {
            socket.Socket.Dispose();
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => UpgradeAsync(context));
        }
    }

    private async Task UpgradeAsync(HttpListenerContext context)
    {
        if (!context.Request.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            context.Response.Close();
            return;
        }

        try
        {
            var ws = await context.AcceptWebSocketAsync(subProtocol: null, keepAliveInterval: TimeSpan.Zero);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            _accepted.Writer.TryWrite(new AcceptedSocket(ws.WebSocket, context.Request.Url?.PathAndQuery ?? "/", headers));
        }
        catch (Exception e) when (e is WebSocketException or HttpListenerException)
        {
            context.Response.Abort();
        }
    }
}
