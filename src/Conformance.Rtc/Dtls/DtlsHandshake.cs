using Conformance.Rtc.Srtp;
using Org.BouncyCastle.Crypto.Tls;
using Org.BouncyCastle.Security;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// Runs one BouncyCastle DTLS handshake on its own thread (BouncyCastle blocks) and completes a
/// task with the keys or a <see cref="DtlsHandshakeException"/>. The timeout is enforced both by
/// BouncyCastle (GetHandshakeTimeoutMillis) and by closing the transport from the injected clock.
/// </summary>
internal static class DtlsHandshake
{
    public static Task<DtlsHandshakeResult> RunAsync(
        DtlsRole role,
        DtlsCertificate certificate,
        DtlsFingerprint expectedRemote,
        QueuedDatagramTransport transport,
        TimeSpan timeout,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<DtlsHandshakeResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        // BouncyCastle's own limit is a backstop a little after ours, so a timeout is reported as one.
        var support = new DtlsSrtpSupport(certificate, expectedRemote, (int)(timeout + TimeSpan.FromSeconds(2)).TotalMilliseconds);
        var deadline = new CancellationTokenSource(timeout, timeProvider);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        var registration = linked.Token.Register(transport.Close);

        var thread = new Thread(() =>
        {
            try
            {
                var dtls = role == DtlsRole.Server
                    ? new DtlsServerProtocol(new SecureRandom()).Accept(new DtlsSrtpServer(support), transport)
                    : new DtlsClientProtocol(new SecureRandom()).Connect(new DtlsSrtpClient(support), transport);
                if (support.KeyingMaterial is null || support.Profile is null || support.RemoteFingerprint is null)
                {
                    throw new DtlsHandshakeException(DtlsFailureReason.ProtocolError, "The handshake ended without SRTP keys.");
                }

                completion.TrySetResult(new DtlsHandshakeResult(dtls, role, (SrtpProfile)support.Profile, support.KeyingMaterial, support.RemoteFingerprint, support));
            }
            catch (Exception e) when (e is IOException or TlsException or DtlsHandshakeException or InvalidOperationException or ArgumentException)
            {
                completion.TrySetException(Classify(e, support, deadline.IsCancellationRequested, transport.IsClosed, timeout));
            }
            finally
            {
                registration.Dispose();
                linked.Dispose();
                deadline.Dispose();
            }
        })
        {
            IsBackground = true,
            Name = $"dtls-{role.ToString().ToLowerInvariant()}",
        };
        thread.Start();
        return completion.Task;
    }

    private static DtlsHandshakeException Classify(Exception e, DtlsSrtpSupport support, bool timedOut, bool closed, TimeSpan timeout)
    {
        if (e is DtlsHandshakeException known)
        {
            return known;
        }

        // Our own findings first: closing the transport on timeout makes BouncyCastle raise an
        // internal_error alert, which must not hide the real cause.
        if (support.Failure is { } reason and not DtlsFailureReason.ProtocolError)
        {
            return new DtlsHandshakeException(reason, support.FailureDetail ?? e.Message, e);
        }

        if (timedOut)
        {
            return new DtlsHandshakeException(DtlsFailureReason.Timeout, $"No DTLS handshake within {timeout.TotalSeconds:0.#} s.", e);
        }

        if (closed)
        {
            return new DtlsHandshakeException(DtlsFailureReason.Closed, "The DTLS transport closed during the handshake.", e);
        }

        return new DtlsHandshakeException(DtlsFailureReason.ProtocolError, support.FailureDetail ?? $"DTLS handshake failed: {e.Message}", e);
    }
}
