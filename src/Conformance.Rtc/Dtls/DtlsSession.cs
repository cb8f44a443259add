using System.Net;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// The DTLS side of one connection, owned by its actor: vets records before BouncyCastle sees
/// them, runs the handshake on its own thread, then handles what comes after (retransmitted final
/// flights, close_notify) and our own close.
/// <code>
///   Idle ──Start──► Handshaking ──thread done──► Established ──close_notify──► (peer closed)
///                        └──── timeout / alert / mismatch ────► failed (the task's exception)
/// </code>
/// </summary>
internal sealed class DtlsSession : IAsyncDisposable
{
    private readonly DtlsRole _role;
    private readonly QueuedDatagramTransport _transport;
    private readonly Task<DtlsHandshakeResult> _handshake;
    private bool _sawClientHello;

    /// <param name="send">Sends one datagram to the currently selected peer (thread-safe).</param>
    /// <param name="finished">Called on the handshake thread when it ends either way (post to the actor).</param>
    public DtlsSession(
        DtlsRole role,
        DtlsCertificate certificate,
        DtlsFingerprint expectedRemote,
        TimeSpan timeout,
        TimeProvider timeProvider,
        Action<ReadOnlyMemory<byte>> send,
        Action finished,
        CancellationToken cancellationToken)
    {
        _role = role;
        _transport = new QueuedDatagramTransport(send);
        _handshake = DtlsHandshake.RunAsync(role, certificate, expectedRemote, _transport, timeout, timeProvider, cancellationToken);
        _handshake.ContinueWith(_ => finished(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public bool IsHandshakeFinished => _handshake.IsCompleted;

    /// <summary>Set once <see cref="Complete"/> succeeded.</summary>
    public DtlsHandshakeResult? Result { get; private set; }

    /// <summary>
    /// Takes one datagram from a validated address. Before the handshake ends a DTLS server only
    /// lets a ClientHello start it (BouncyCastle locks onto the first record version it accepts);
    /// afterwards only the selected peer is heard.
    /// </summary>
    /// <returns>False when the datagram was dropped.</returns>
    public bool Offer(ReadOnlySpan<byte> datagram, IPEndPoint from, IPEndPoint? selected)
    {
        if (!DtlsRecordHeader.IsWellFormedDatagram(datagram))
        {
            return false;
        }

        if (Result is null)
        {
            if (_role == DtlsRole.Server && !_sawClientHello)
            {
                if (!DtlsRecordHeader.StartsWithClientHello(datagram))
                {
                    return false;
                }

                _sawClientHello = true;
            }

            _transport.Enqueue(datagram);
            return true;
        }

        if (!from.Equals(selected))
        {
            return false;
        }

        _transport.Enqueue(datagram);
        return true;
    }

    /// <summary>The keys, or the handshake's <see cref="DtlsHandshakeException"/>. Call once finished.</summary>
    public DtlsHandshakeResult Complete()
    {
        if (_handshake.Exception?.InnerException is DtlsHandshakeException failure)
        {
            throw failure;
        }

        Result = _handshake.Result;
        _transport.AlertsAllowed = false;
        return Result;
    }

    /// <summary>
    /// Processes queued post-handshake records. Returns how many were dropped (application data,
    /// or a record BouncyCastle could not authenticate, which ends its record layer with the alert
    /// suppressed: SRTP is unaffected). Blocks the caller at most ~1 ms.
    /// </summary>
    public int Pump()
    {
        var dropped = 0;
        if (Result is null)
        {
            return dropped;
        }

        var buffer = new byte[1500];
        try
        {
            while (Result.Transport.Receive(buffer, 0, buffer.Length, 1) >= 0)
            {
                dropped++;
            }
        }
        catch (IOException)
        {
            dropped++;
        }

        return dropped;
    }

    public bool CloseNotifyReceived => Result?.CloseNotifyReceived == true;

    /// <summary>Sends close_notify (RFC 5246 §7.2.1) when established; best effort.</summary>
    public void CloseGracefully()
    {
        if (Result is null)
        {
            return;
        }

        try
        {
            _transport.AlertsAllowed = true;
            Result.Transport.Close();
        }
        catch (IOException)
        {
            // The peer may be gone already.
        }
    }

    /// <summary>Stops the handshake thread if it still runs.</summary>
    public void Abort() => _transport.Close();

    public async ValueTask DisposeAsync()
    {
        _transport.Close();
        await _handshake.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
        _transport.Dispose();
    }
}
