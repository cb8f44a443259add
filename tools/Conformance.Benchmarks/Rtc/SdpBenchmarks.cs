using System.Net;
using BenchmarkDotNet.Attributes;
using Conformance.Rtc;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Sdp;

namespace Conformance.Benchmarks.Rtc;

/// <summary>
/// Offer → answer for a real Chromium offer: parsing, negotiating and writing the answer (pure),
/// and the whole <see cref="PeerConnection.CreateAnswerAsync"/> including binding the call's UDP
/// socket, starting its loops and disposing it again.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SdpBenchmarks
{
    private string _offer = "";
    private SdpLocalParameters? _local;

    [GlobalSetup]
    public void Setup()
    {
        _offer = RtcBenchmarkData.ChromiumOffer();
        _local = new SdpLocalParameters(
            IceCredentials.NewRandom(),
            DtlsCertificate.GetShared(TimeProvider.System).Fingerprint,
            new IPEndPoint(IPAddress.Loopback, 40000),
            1,
            "cname",
            "stream",
            "track",
            1);
    }

    [Benchmark]
    public int ParseChromiumOffer() => SdpMessage.TryParse(_offer, out var message, out _) ? message.Media.Count : -1;

    [Benchmark]
    public int AnswerChromiumOffer() => SdpAnswerer.CreateAnswer(_offer, new AnswerOptions(), _local!).Answer.ToString().Length;

    [Benchmark]
    public async Task<int> PeerConnectionOfferToAnswer()
    {
        await using var connection = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        var answer = await connection.CreateAnswerAsync(_offer);
        return answer.Sdp.Length;
    }
}
