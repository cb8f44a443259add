using Conformance.Rtc.Dtls;
using Conformance.Rtc.Srtp;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Dtls;

/// <summary>Our DTLS client against our DTLS server over two in-memory queues (no sockets).</summary>
public sealed class DtlsHandshakeTests
{
    private static readonly DtlsCertificate s_serverCertificate = DtlsCertificate.Generate(TimeProvider.System);
    private static readonly DtlsCertificate s_clientCertificate = DtlsCertificate.Generate(TimeProvider.System);
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Handshake_MatchingFingerprints_AgreeOnProfileAndKeys()
    {
        var (server, client) = await HandshakeAsync(s_clientCertificate.Fingerprint, s_serverCertificate.Fingerprint);

        Assert.Equal(SrtpProfile.AesCm128HmacSha1Tag80, server.Profile);
        Assert.Equal(SrtpProfile.AesCm128HmacSha1Tag80, client.Profile);
        var (serverLocal, serverRemote) = server.SplitKeys();
        var (clientLocal, clientRemote) = client.SplitKeys();
        Assert.Equal(serverLocal, clientRemote);
        Assert.Equal(clientLocal, serverRemote);
        Assert.NotEqual(serverLocal, clientLocal);
        Assert.Equal(s_clientCertificate.Fingerprint, server.RemoteFingerprint);
    }

    [Fact]
    public async Task Handshake_KeysFromBothSides_ProtectAndUnprotectSrtp()
    {
        var (server, client) = await HandshakeAsync(s_clientCertificate.Fingerprint, s_serverCertificate.Fingerprint);
        using var send = SrtpSession.Create(client.Profile, client.SplitKeys().Local, outbound: true);
        using var receive = SrtpSession.Create(server.Profile, server.SplitKeys().Remote, outbound: false);

        var buffer = new byte[12 + 160 + SrtpSession.MaxOverhead];
        buffer[0] = 0x80;
        buffer[11] = 7;
        Array.Fill(buffer, (byte)0x55, 12, 160);
        var length = 172;

        Assert.Equal(SrtpError.Ok, send.ProtectRtp(buffer, ref length));
        Assert.Equal(182, length);
        Assert.Equal(SrtpError.Ok, receive.UnprotectRtp(buffer, ref length));
        Assert.Equal(172, length);
        Assert.All(buffer.AsSpan(12, 160).ToArray(), b => Assert.Equal(0x55, b));
    }

    [Fact]
    public async Task Handshake_ServerExpectsAnotherFingerprint_FailsWithFingerprintMismatch()
    {
        var wrong = DtlsFingerprint.Compute("sha-256", [1, 2, 3])!;

        var (server, client) = await HandshakeOutcomesAsync(wrong, s_serverCertificate.Fingerprint);

        Assert.Equal(DtlsFailureReason.FingerprintMismatch, Assert.IsType<DtlsHandshakeException>(server.Exception?.InnerException).Reason);
        Assert.True(client.IsFaulted);
    }

    [Fact]
    public async Task Handshake_ClientExpectsAnotherFingerprint_FailsWithFingerprintMismatch()
    {
        var wrong = DtlsFingerprint.Compute("sha-256", [1, 2, 3])!;

        var (server, client) = await HandshakeOutcomesAsync(s_clientCertificate.Fingerprint, wrong);

        Assert.Equal(DtlsFailureReason.FingerprintMismatch, Assert.IsType<DtlsHandshakeException>(client.Exception?.InnerException).Reason);
        Assert.Equal(DtlsFailureReason.AlertReceived, Assert.IsType<DtlsHandshakeException>(server.Exception?.InnerException).Reason);
    }

    [Fact]
    public async Task Handshake_SilentPeer_TimesOutOnTheInjectedClock()
    {
        var clock = new ManualTimeProvider();
        using var transport = new QueuedDatagramTransport(_ => { });
        var task = DtlsHandshake.RunAsync(DtlsRole.Server, s_serverCertificate, s_clientCertificate.Fingerprint, transport, TimeSpan.FromSeconds(10), clock, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(11));

        var e = await Assert.ThrowsAsync<DtlsHandshakeException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(DtlsFailureReason.Timeout, e.Reason);
    }

    [Fact]
    public async Task Handshake_Cancelled_FailsAsClosed()
    {
        using var cts = new CancellationTokenSource();
        using var transport = new QueuedDatagramTransport(_ => { });
        var task = DtlsHandshake.RunAsync(DtlsRole.Client, s_clientCertificate, s_serverCertificate.Fingerprint, transport, s_timeout, TimeProvider.System, cts.Token);

        await cts.CancelAsync();

        var e = await Assert.ThrowsAsync<DtlsHandshakeException>(() => task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(DtlsFailureReason.Closed, e.Reason);
    }

    private static async Task<(DtlsHandshakeResult Server, DtlsHandshakeResult Client)> HandshakeAsync(
        DtlsFingerprint serverExpects, DtlsFingerprint clientExpects)
    {
        var (server, client) = await HandshakeOutcomesAsync(serverExpects, clientExpects);
        return (await server, await client);
    }

    /// <summary>Both handshakes to completion or failure; the tasks are finished when this returns.</summary>
    private static async Task<(Task<DtlsHandshakeResult> Server, Task<DtlsHandshakeResult> Client)> HandshakeOutcomesAsync(
        DtlsFingerprint serverExpects, DtlsFingerprint clientExpects)
    {
        QueuedDatagramTransport? serverSide = null, clientSide = null;
        serverSide = new QueuedDatagramTransport(d => clientSide!.Enqueue(d.Span));
        clientSide = new QueuedDatagramTransport(d => serverSide.Enqueue(d.Span));
        try
        {
            var server = DtlsHandshake.RunAsync(DtlsRole.Server, s_serverCertificate, serverExpects, serverSide, s_timeout, TimeProvider.System, CancellationToken.None);
            var client = DtlsHandshake.RunAsync(DtlsRole.Client, s_clientCertificate, clientExpects, clientSide, s_timeout, TimeProvider.System, CancellationToken.None);
            await Task.WhenAny(Task.WhenAll(server, client), Task.WhenAny(server, client).ContinueWith(async _ =>
            {
                // When one side fails, give the other a moment to read the alert, then stop it.
                await Task.WhenAny(Task.WhenAll(server, client), Task.Delay(TimeSpan.FromSeconds(2), TimeProvider.System));
                serverSide.Close();
                clientSide.Close();
            }, TaskScheduler.Default).Unwrap());
            await Task.WhenAll(server, client).ContinueWith(_ => { }, TaskScheduler.Default);
            return (server, client);
        }
        finally
        {
            serverSide.Dispose();
            clientSide.Dispose();
        }
    }
}
