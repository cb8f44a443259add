using System.Net;
using System.Net.Sockets;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Connection;

/// <summary>Many calls in a row leave no sockets or file descriptors behind (run alone: it counts descriptors).</summary>
[Collection(nameof(SerialTestGroup))]
public sealed class ResourceTests
{
    [Fact]
    public async Task PeerConnection_ManyCallsOpenedAndClosed_ReleaseEverySocketAndThread()
    {
        await using (await LoopbackCall.ConnectAsync())
        {
            // Warm-up: libsrtp, libopus, the shared certificate and the thread pool are loaded once.
        }

        var descriptorsBefore = OpenDescriptors();
        var ports = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            await using var call = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [i % 2 == 0 ? AudioCodec.Opus : AudioCodec.Pcmu] });
            call.Offerer.TrySendAudio(new short[call.Offerer.Negotiated!.SamplesPerFrame]);
            ports.Add(call.Offerer.LocalEndPoint.Port);
            ports.Add(call.Answerer.LocalEndPoint.Port);
        }

        // A connection that never connected releases too.
        var idle = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        await idle.CreateAnswerAsync(TestVectors.Text("sdp", "chromium156-audio.sdp"));
        ports.Add(idle.LocalEndPoint.Port);
        await idle.DisposeAsync();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var descriptorsAfter = OpenDescriptors();
        Assert.True(descriptorsAfter <= descriptorsBefore + 3, $"file descriptors {descriptorsBefore} → {descriptorsAfter} after 21 connections");
        foreach (var port in ports)
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
        }
    }

    private static int OpenDescriptors() => Directory.GetFileSystemEntries("/proc/self/fd").Length;
}
