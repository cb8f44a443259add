using System.Buffers;
using System.Net.WebSockets;
using Conformance.Streams;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// A media-stream WebSocket as the legs use it: whole messages in (with a size limit, the
/// oversize remainder read and discarded), sends serialised (the actor and the receive loop may
/// both write: the socket allows one send at a time), and a close that never throws because the
/// peer went first.
/// </summary>
public sealed class WebSocketLink : IDisposable
{
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ArrayBufferWriter<byte> _message = new(4096);
    private readonly byte[] _chunk = new byte[16 * 1024];

    public WebSocketLink(WebSocket socket)
    {
        _socket = socket ?? throw new ArgumentNullException(nameof(socket));
    }

    public WebSocketState State => _socket.State;

    public long MessagesSent { get; private set; }

    /// <summary>
    /// The next whole message, or null when the peer closed (or the socket failed). A message over
    /// <paramref name="maxBytes"/> comes back as <see cref="InboundMessage.TooLarge"/> with no data.
    /// The returned memory is valid until the next call.
    /// </summary>
    public async Task<InboundMessage?> ReceiveAsync(int maxBytes, CancellationToken cancellationToken)
    {
        _message.Clear();
        var tooLarge = false;
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(_chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (!tooLarge && _message.WrittenCount + result.Count <= maxBytes)
            {
                _message.Write(_chunk.AsSpan(0, result.Count));
            }
            else
            {
                tooLarge = true;
            }

            if (result.EndOfMessage)
            {
                var kind = result.MessageType == WebSocketMessageType.Binary ? FrameKind.Binary : FrameKind.Text;
                return new InboundMessage(kind, tooLarge ? ReadOnlyMemory<byte>.Empty : _message.WrittenMemory, tooLarge);
            }
        }
    }

    public Task<bool> SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken) =>
        SendAsync(utf8, WebSocketMessageType.Text, cancellationToken);

    public Task<bool> SendBinaryAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        SendAsync(data, WebSocketMessageType.Binary, cancellationToken);

    /// <summary>Closes with <paramref name="status"/> (RFC 6455 §7.4.1) unless the socket is already closing or gone.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, reason.Length <= 120 ? reason : reason[..120], cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The peer went away first; nothing left to close.
        }
        finally
        {
            _send.Release();
        }
    }

    public void Dispose() => _send.Dispose();

    private async Task<bool> SendAsync(ReadOnlyMemory<byte> data, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State != WebSocketState.Open && _socket.State != WebSocketState.CloseReceived)
            {
                return false;
            }

            await _socket.SendAsync(data, type, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            MessagesSent++;
            return true;
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            _send.Release();
        }
    }
}
