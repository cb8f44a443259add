using BenchmarkDotNet.Attributes;
using Conformance.Rtc.Dtls;

namespace Conformance.Benchmarks.Rtc;

/// <summary>
/// One full DTLS 1.2 + use_srtp handshake (ECDHE-ECDSA P-256, mutual certificates checked against
/// fingerprints) between our client and server over in-memory queues: the CPU and latency cost of
/// keying a call, without the network.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DtlsHandshakeBenchmarks
{
    private readonly DtlsCertificate _server = DtlsCertificate.Generate(TimeProvider.System);
    private readonly DtlsCertificate _client = DtlsCertificate.Generate(TimeProvider.System);

    [Benchmark]
    public async Task<int> Handshake()
    {
        QueuedDatagramTransport? serverSide = null, clientSide = null;
        serverSide = new QueuedDatagramTransport(d => clientSide!.Enqueue(d.Span));
        clientSide = new QueuedDatagramTransport(d => serverSide.Enqueue(d.Span));
        try
        {
            var timeout = TimeSpan.FromSeconds(10);
            var server = DtlsHandshake.RunAsync(DtlsRole.Server, _server, _client.Fingerprint, serverSide, timeout, TimeProvider.System, CancellationToken.None);
            var client = DtlsHandshake.RunAsync(DtlsRole.Client, _client, _server.Fingerprint, clientSide, timeout, TimeProvider.System, CancellationToken.None);
            var results = await Task.WhenAll(server, client);
            return results.Length;
        }
        finally
        {
            serverSide.Dispose();
            clientSide.Dispose();
        }
    }
}
