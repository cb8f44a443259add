using Conformance.Audio;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Tests.Support;
using Xunit.Abstractions;

namespace Conformance.Rtc.Tests.Connection;

/// <summary>Our offerer ↔ our answerer over 127.0.0.1: ICE, DTLS-SRTP, RTP, both ways, real speech.</summary>
public sealed class LoopbackCallTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LoopbackCall_Opus_CarriesFiveSecondsOfSpeechEachWay()
    {
        var speech = SpeechFixtures.Jfk48k(5);
        await using var call = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [AudioCodec.Opus] });
        Assert.Equal(AudioCodec.Opus, call.Answerer.Negotiated!.Codec);
        Assert.Equal(DtlsRole.Client, call.Offerer.Negotiated!.LocalDtlsRole);

        var (atAnswerer, atOfferer) = await ExchangeAsync(call, speech);

        var snrUp = SignalAnalysis.Snr(atAnswerer, speech, 4800);
        var snrDown = SignalAnalysis.Snr(atOfferer, speech, 4800);
        output.WriteLine($"Opus SNR up {snrUp:0.00} dB, down {snrDown:0.00} dB");
        Assert.True(snrUp >= 15, $"offerer→answerer Opus SNR {snrUp:0.0} dB < 15 dB; {call.Answerer.Counters}");
        Assert.True(snrDown >= 15, $"answerer→offerer Opus SNR {snrDown:0.0} dB < 15 dB; {call.Offerer.Counters}");
        Assert.Equal(speech.Length, call.Offerer.SamplesSent);
    }

    [Fact]
    public async Task LoopbackCall_Pcmu_CarriesFiveSecondsOfSpeechEachWay()
    {
        var speech = SpeechFixtures.Osr8k(5);
        await using var call = await LoopbackCall.ConnectAsync(new OfferOptions { Codecs = [AudioCodec.Pcmu] });
        Assert.Equal(AudioCodec.Pcmu, call.Answerer.Negotiated!.Codec);

        var (atAnswerer, atOfferer) = await ExchangeAsync(call, speech);

        var snrUp = SignalAnalysis.Snr(atAnswerer, speech, 800);
        var snrDown = SignalAnalysis.Snr(atOfferer, speech, 800);
        output.WriteLine($"PCMU SNR up {snrUp:0.00} dB, down {snrDown:0.00} dB");
        Assert.True(snrUp >= 30, $"offerer→answerer PCMU SNR {snrUp:0.0} dB < 30 dB; {call.Answerer.Counters}");
        Assert.True(snrDown >= 30, $"answerer→offerer PCMU SNR {snrDown:0.0} dB < 30 dB; {call.Offerer.Counters}");
    }

    /// <summary>Both sides stream the same speech at once, paced; each collects what it receives.</summary>
    private static async Task<(short[] AtAnswerer, short[] AtOfferer)> ExchangeAsync(LoopbackCall call, short[] speech)
    {
        var timeout = TimeSpan.FromSeconds(30);
        var collectUp = AudioCollector.CollectAsync(call.Answerer.Audio, speech.Length, timeout);
        var collectDown = AudioCollector.CollectAsync(call.Offerer.Audio, speech.Length, timeout);
        var sends = await Task.WhenAll(call.Offerer.SendPacedAsync(speech), call.Answerer.SendPacedAsync(speech));
        Assert.All(sends, r => Assert.Equal(0, r.Rejected));
        var (up, upFrames) = await collectUp;
        var (down, downFrames) = await collectDown;
        Assert.True(upFrames.Count >= 240, $"answerer got {upFrames.Count} frames; {call.Answerer.Counters}");
        Assert.True(downFrames.Count >= 240, $"offerer got {downFrames.Count} frames; {call.Offerer.Counters}");
        return (up, down);
    }
}
