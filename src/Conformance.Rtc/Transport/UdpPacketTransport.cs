using System.Net;
using System.Net.Sockets;

namespace Conformance.Rtc.Transport;

/// <summary>
/// The one UDP socket of a connection (STUN, DTLS, SRTP and SRTCP share it: RFC 8843 BUNDLE +
/// RFC 5761 rtcp-mux). Only this class touches the socket.
/// </summary>
internal sealed class UdpPacketTransport : IDisposable
{
    public const int MaxDatagram = 2048;

    private readonly Socket _socket;

    private UdpPacketTransport(Socket socket)
    {
        _socket = socket;
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
    }

    public IPEndPoint LocalEndPoint { get; }

    public long SendErrors { get; private set; }

    public static UdpPacketTransport Bind(IPAddress address, int port)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(address, port));
            return new UdpPacketTransport(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Thread-safe; a failed send is counted, never thrown (UDP is best effort).</summary>
    public bool Send(ReadOnlySpan<byte> datagram, IPEndPoint to)
    {
        try
        {
            _socket.SendTo(datagram, SocketFlags.None, to);
            return true;
        }
        catch (SocketException)
        {
            SendErrors++;
            return false;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Receives until disposed or cancelled. <paramref name="onDatagram"/> gets a pooled buffer it
    /// now owns (return it to <see cref="System.Buffers.ArrayPool{T}.Shared"/>).
    /// </summary>
    public async Task ReceiveLoopAsync(Action<byte[], int, IPEndPoint> onDatagram, CancellationToken cancellationToken)
    {
        EndPoint any = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(MaxDatagram);
            try
            {
                var result = await _socket.ReceiveFromAsync(buffer.AsMemory(0, MaxDatagram), SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
                onDatagram(buffer, result.ReceivedBytes, (IPEndPoint)result.RemoteEndPoint);
                buffer = null;
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused or SocketError.MessageSize)
            {
                // ICMP errors and oversized datagrams: keep receiving.
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            finally
            {
                if (buffer is not null)
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
    }

    public void Dispose() => _socket.Dispose();
}
