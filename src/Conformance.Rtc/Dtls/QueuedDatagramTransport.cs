using System.Collections.Concurrent;
using Org.BouncyCastle.Crypto.Tls;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// BouncyCastle's blocking DatagramTransport over a queue: the connection's actor enqueues DTLS
/// records as they arrive on the shared port (RFC 7983 demux), BouncyCastle's thread takes them.
/// Sends go straight to the callback (the UDP socket is thread-safe).
/// </summary>
internal sealed class QueuedDatagramTransport : DatagramTransport, IDisposable
{
    /// <summary>A UDP payload on a 1500-byte MTU; handshake flights are fragmented to fit (RFC 6347 §4.1.1).</summary>
    private const int ReceiveLimit = 1500;
    private const int SendLimit = 1200;
    private const int MaxQueued = 64;

    private readonly BlockingCollection<byte[]> _queue = new(new ConcurrentQueue<byte[]>(), MaxQueued);
    private readonly CancellationTokenSource _closed = new();
    private readonly Action<ReadOnlyMemory<byte>> _send;

    public QueuedDatagramTransport(Action<ReadOnlyMemory<byte>> send) => _send = send;

    /// <summary>Set when BouncyCastle or the owner closed the transport (e.g. after close_notify).</summary>
    public bool IsClosed => _closed.IsCancellationRequested;

    public long Dropped { get; private set; }

    /// <summary>
    /// After the handshake BouncyCastle answers any record it cannot authenticate with a fatal
    /// alert, where RFC 6347 §4.1.2.7 says to discard it silently. The connection turns alerts off
    /// then (so junk on the port cannot make us tear down the peer's session) and back on only to
    /// send its own close_notify.
    /// </summary>
    public bool AlertsAllowed { get; set; } = true;

    public long AlertsSuppressed { get; private set; }

    /// <summary>Called on the actor; drops the record when the handshake thread is far behind.</summary>
    public void Enqueue(ReadOnlySpan<byte> record)
    {
        if (IsClosed || !_queue.TryAdd(record.ToArray()))
        {
            Dropped++;
        }
    }

    public int GetReceiveLimit() => ReceiveLimit;

    public int GetSendLimit() => SendLimit;

    /// <summary>Blocks up to <paramref name="waitMillis"/> (BouncyCastle's retransmission timer); -1 on timeout.</summary>
    public int Receive(byte[] buf, int off, int len, int waitMillis)
    {
        if (IsClosed)
        {
            throw new IOException("The DTLS transport is closed.");
        }

        try
        {
            if (!_queue.TryTake(out var record, Math.Max(0, waitMillis), _closed.Token))
            {
                return -1;
            }

            var n = Math.Min(len, record.Length);
            Array.Copy(record, 0, buf, off, n);
            return n;
        }
        catch (OperationCanceledException e)
        {
            throw new IOException("The DTLS transport is closed.", e);
        }
    }

    public void Send(byte[] buf, int off, int len)
    {
        if (IsClosed)
        {
            return;
        }

        if (!AlertsAllowed && len > 0 && buf[off] == 21)
        {
            AlertsSuppressed++;
            return;
        }

        _send(buf.AsMemory(off, len));
    }

    public void Close()
    {
        if (!_closed.IsCancellationRequested)
        {
            _closed.Cancel();
        }
    }

    /// <summary>Only after the handshake thread has returned.</summary>
    public void Dispose()
    {
        Close();
        _queue.Dispose();
        _closed.Dispose();
    }
}
