using System.Net;
using System.Net.Sockets;
using Conformance.Audio;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Rtcp;
using Conformance.Rtc.Rtp;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Stun;
using Conformance.Rtc.Tests.Support;
using Conformance.Rtc.Transport;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Conformance.Rtc.Tests.Connection;

/// <summary>Random and malformed datagrams on a live call's ports: counted, dropped, call unharmed.</summary>
public sealed class AbuseTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Call_JunkOnBothMediaPorts_IsCountedAndAudioStillFlows()
    {
        await using var call = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [AudioCodec.Pcmu] });
        using var attacker = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        attacker.Bind(new IPEndPoint(IPAddress.Loopback, 0));

        // Half the junk comes from an address the answerer validated with a correct STUN check
        // (attackers who saw the SDP), so it reaches the SRTP, SRTCP and DTLS paths too.
        var answerIce = call.Offerer.Negotiated!.RemoteIce;
        var check = new StunMessageBuilder(StunMethod.Binding, StunMessageClass.Request, StunTransactionId.NewRandom())
            .AddUsername($"{answerIce.UserFragment}:evil")
            .AddPriority(1)
            .AddIceControlling(1)
            .ToArray(answerIce.PasswordBytes, fingerprint: true);
        attacker.SendTo(check, call.Answerer.LocalEndPoint);

        var junk = JunkDatagrams.Any.Sample(800, 50);
        var before = (Answerer: Snapshot(call.Answerer), Offerer: Snapshot(call.Offerer));

        // One second of speech from the offerer while the junk streams in (16 datagrams per 20 ms).
        var speech = SpeechFixtures.Osr8k(1);
        var collecting = AudioCollector.CollectAsync(call.Answerer.Audio, speech.Length, TimeSpan.FromSeconds(10));
        var flooding = Task.Run(async () =>
        {
            for (var i = 0; i < junk.Length; i++)
            {
                attacker.SendTo(junk[i], i % 2 == 0 ? call.Answerer.LocalEndPoint : call.Offerer.LocalEndPoint);
                if (i % 16 == 15)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
                }
            }
        });
        await call.Offerer.SendPacedAsync(speech);
        await flooding;
        var (received, frames) = await collecting;
        await SettledAsync(call.Answerer);
        await SettledAsync(call.Offerer);

        output.WriteLine($"answerer: {call.Answerer.Counters}");
        output.WriteLine($"offerer: {call.Offerer.Counters}");
        Assert.Equal(ConnectionState.Connected, call.Answerer.State);
        Assert.Equal(ConnectionState.Connected, call.Offerer.State);

        // Whatever audio arrived is intact: every frame matches its stretch of the source (PCMU is
        // waveform-exact, ~37 dB). A flood on loopback may cost a few packets in the kernel, not more.
        Assert.True(frames.Count >= 40, $"only {frames.Count} of 50 frames got through; {call.Answerer.Counters}");
        foreach (var frame in frames.Where(f => f.MediaTime + f.Samples.Length <= speech.Length))
        {
            var snr = SignalAnalysis.SnrAtDelay(frame.Samples, speech.AsSpan((int)frame.MediaTime, frame.Samples.Length), 0);
            Assert.True(snr >= 25 || SignalAnalysis.Dbfs(frame.Samples) < -50, $"frame at {frame.MediaTime} has SNR {snr:0.0} dB");
        }

        // Every junk datagram that arrived went to a drop counter (or was a refused STUN check).
        var legitimate = frames.Count + 20;
        var answerer = Delta(call.Answerer, before.Answerer);
        var offerer = Delta(call.Offerer, before.Offerer);
        Assert.True(answerer.Received >= junk.Length / 4, $"too little junk reached the answerer: {answerer}");
        Assert.True(answerer.Dropped >= answerer.Received - legitimate, $"answerer: {answerer}");
        Assert.True(offerer.Dropped >= offerer.Received - 20, $"offerer: {offerer}");

        // And a new call afterwards works as usual.
        await using var next = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [AudioCodec.Opus] });
        Assert.Equal(ConnectionState.Connected, next.Answerer.State);
    }

    [Fact]
    public void Parsers_RandomAndDressedBytes_NeverThrow()
    {
        Prop.ForAll(JunkDatagrams.Any.ToArbitrary(), bytes =>
        {
            _ = PacketClassifier.Classify(bytes);
            _ = StunMessage.TryParse(bytes, out _);
            _ = DtlsRecordHeader.IsWellFormedDatagram(bytes);
            _ = DtlsRecordHeader.StartsWithClientHello(bytes);
            if (RtpPacket.TryParse(bytes, out var rtp))
            {
                Assert.InRange(rtp.PayloadOffset + rtp.PayloadLength, 0, bytes.Length);
                _ = TelephoneEvent.TryParse(rtp.GetPayload(bytes), out _);
            }

            _ = RtcpPacket.TryParseCompound(bytes, out _);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void IceAgent_JunkStun_IsNeverAnsweredWithSuccess()
    {
        var sent = new List<byte[]>();
        var agent = new IceAgent(IceCredentials.NewRandom(), controlling: false, (d, _) => sent.Add(d.ToArray()));
        agent.SetRemote(IceCredentials.NewRandom(), [], new IPEndPoint(IPAddress.Loopback, 1));

        Prop.ForAll(JunkDatagrams.Stun().ToArbitrary(), bytes =>
        {
            var outcome = agent.HandleStun(bytes, new IPEndPoint(IPAddress.Loopback, 9), TimeSpan.Zero);
            Assert.NotEqual(IceStunOutcome.Selected, outcome);
            Assert.NotEqual(IceStunOutcome.Answered, outcome);
        }).QuickCheckThrowOnFailure();

        Assert.Null(agent.Selected);
        Assert.All(sent, d => Assert.True(StunMessage.TryParse(d, out var m) && m.Class == StunMessageClass.ErrorResponse));
    }

    private static (long Received, long Dropped) Snapshot(PeerConnection c) =>
        (c.Counters.DatagramsReceived, c.Counters.Rejected + c.Counters.StunIgnored);

    private static (long Received, long Dropped) Delta(PeerConnection c, (long Received, long Dropped) before)
    {
        var now = Snapshot(c);
        return (now.Received - before.Received, now.Dropped - before.Dropped);
    }

    /// <summary>Waits until the connection's actor has worked through what is queued.</summary>
    private static async Task SettledAsync(PeerConnection c)
    {
        for (var (last, i) = (-1L, 0); i < 50; i++)
        {
            var seen = c.Counters.DatagramsReceived;
            if (seen == last)
            {
                return;
            }

            last = seen;
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }
    }
}
