using Conformance.Audio;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Tests.Support;
using Conformance.TestSupport.Browser;
using Xunit.Abstractions;

namespace Conformance.Rtc.Tests.Interop;

/// <summary>
/// Headless Debian Chromium (fake microphone playing speech) ↔ our answerer over 127.0.0.1.
/// One browser for the class; a page per test.
/// </summary>
[Trait("Category", "Interop")]
public sealed class ChromiumInteropTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Chromium_OpusOffer_ConnectsPlaysOurAudioAndSendsItsMicrophone()
    {
        await RunCallAsync(codecs: null, AudioCodec.Opus, "audio/opus");
    }

    [Fact]
    public async Task Chromium_PcmuOnlyOffer_ConnectsPlaysOurAudioAndSendsItsMicrophone()
    {
        await RunCallAsync(codecs: ["PCMU/8000", "telephone-event/8000"], AudioCodec.Pcmu, "audio/PCMU");
    }

    [Fact]
    public async Task Chromium_AnswersOurOffer_FullIceAndDtlsServerWork()
    {
        await using var page = await chromium.Session.OpenPageAsync(WebRtcTestPage.Html);
        await using var offerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);

        var answer = await page.AnswerOfferAsync(await offerer.CreateOfferAsync());
        var negotiated = await offerer.SetRemoteAnswerAsync(answer);

        // Chromium is a full ICE agent and picks a=setup:active, so we are controlling and DTLS server.
        Assert.False(negotiated.RemoteIceLite);
        Assert.Equal(DtlsRole.Server, negotiated.LocalDtlsRole);
        Assert.Equal(AudioCodec.Opus, negotiated.Codec);
        await offerer.WaitForConnectedAsync().WaitAsync(s_timeout);
        await page.WaitForConnectionStateAsync("connected", s_timeout);

        var receiving = AudioCollector.CollectAsync(offerer.Audio, 2 * 48000, s_timeout);
        await offerer.SendPacedAsync(chromium.Capture48k.AsMemory(0, 2 * 48000));
        var (received, frames) = await receiving;
        var browser = await page.InboundAudioAsync();
        output.WriteLine($"Chromium answering: {browser}; ours {offerer.Counters}");
        Assert.True(browser.TotalSamplesReceived >= 48000 && browser.LoudFrames >= 10, $"{browser}");
        Assert.True(frames.Count >= 75, $"{frames.Count} frames from the browser; {offerer.Counters}");
        Assert.True(Correlation.FindInLoop(chromium.Capture48k, received[24000..]).Coefficient >= 0.8);
    }

    [Fact]
    public async Task Chromium_LiveOffers_ParseRoundTripAndNegotiate()
    {
        await using var page = await chromium.Session.OpenPageAsync(WebRtcTestPage.Html);
        var capture = Environment.GetEnvironmentVariable("CAPTURE_DIR");
        var cases = new (string Name, string[]? Codecs, string? Channel, AudioCodec Expected)[]
        {
            ("audio", null, null, AudioCodec.Opus),
            ("pcmu", ["PCMU/8000"], null, AudioCodec.Pcmu),
            ("pcmu-dtmf", ["PCMU/8000", "telephone-event/8000"], null, AudioCodec.Pcmu),
            ("datachannel", null, "oai-events", AudioCodec.Opus),
        };
        foreach (var (name, codecs, channel, expected) in cases)
        {
            var offer = await page.CreateOfferAsync(codecs, channel, waitForCandidates: true);
            if (capture is not null)
            {
                // Refreshes Vectors/sdp (see its README).
                await File.WriteAllTextAsync(Path.Combine(capture, $"chromium{chromium.Session.Version.Split('.')[0]}-{name}.sdp"), offer);
            }

            Assert.True(SdpMessage.TryParse(offer, out var parsed, out var errors), $"{name}: {string.Join("; ", errors)}");
            Assert.Equal(offer.ReplaceLineEndings("\r\n"), parsed.ToString());
            var (_, negotiated) = SdpAnswerer.CreateAnswer(parsed, new AnswerOptions(), TestLocal.Parameters());
            Assert.Equal(expected, negotiated.Codec);
            await page.EvaluateAsync("() => window.closeCall()");
        }
    }

    private async Task RunCallAsync(IReadOnlyList<string>? codecs, AudioCodec expected, string browserCodec)
    {
        await using var page = await chromium.Session.OpenPageAsync(WebRtcTestPage.Html);
        await using var answerer = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);

        var offer = await page.CreateOfferAsync(codecs);
        var answer = await answerer.CreateAnswerAsync(offer);
        Assert.Equal(expected, answer.Negotiated.Codec);
        await page.ApplyAnswerAsync(answer.Sdp);
        await page.WaitForConnectionStateAsync("connected", s_timeout);
        await answerer.WaitForConnectedAsync().WaitAsync(s_timeout);

        // Both ways at once: 3 s of our speech to the browser, 3 s of its microphone to us.
        var rate = answer.Negotiated.PcmSampleRate;
        var ours = expected == AudioCodec.Opus ? chromium.Capture48k[..(3 * 48000)] : Downsample(chromium.Capture48k, rate)[..(3 * rate)];
        var receiving = AudioCollector.CollectAsync(answerer.Audio, 3 * rate, s_timeout);
        var sent = await answerer.SendPacedAsync(ours);
        var (received, frames) = await receiving;
        Assert.Equal(0, sent.Rejected);

        var browser = await page.InboundAudioAsync();
        Assert.Equal(browserCodec, browser.Codec, ignoreCase: true);
        // inbound-rtp.totalSamplesReceived counts at the codec's clock rate (8 kHz for PCMU).
        Assert.True(browser.TotalSamplesReceived >= 2 * rate,
            $"The browser rendered {browser.TotalSamplesReceived} samples of our 3 s ({browser}); {answerer.Counters}");
        Assert.True(browser.MaxRms > 0.05 && browser.LoudFrames >= 20,
            $"The browser's analyser heard too little: {browser}");

        // What the browser sent is its microphone: the looping fixture, somewhere in its loop.
        Assert.True(frames.Count >= 100, $"We decoded {frames.Count} frames from the browser; {answerer.Counters}");
        var excerpt = received[rate..(rate * 3)];
        var source = expected == AudioCodec.Opus ? chromium.Capture48k : Downsample(chromium.Capture48k, rate);
        var (offset, coefficient) = Correlation.FindInLoop(source, excerpt);
        output.WriteLine($"Chromium {chromium.Session.Version}, {expected}: browser {browser}; correlation {coefficient:0.000} at offset {offset}; ours {answerer.Counters}");
        Assert.True(coefficient >= 0.8, $"Browser audio correlates {coefficient:0.00} with the fixture (best offset {offset}); {answerer.Counters}");
    }

    private static short[] Downsample(short[] pcm48k, int rate)
    {
        using var resampler = new Resampler(48000, rate);
        return resampler.Process(pcm48k);
    }
}
