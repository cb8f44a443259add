using System.Text.Json;

namespace Conformance.TestSupport.Browser;

/// <summary>Typed calls into <see cref="WebRtcTestPage"/>.</summary>
public static class WebRtcTestPageExtensions
{
    /// <summary>
    /// Creates the browser's offer. <paramref name="codecs"/> restricts it with setCodecPreferences,
    /// e.g. ["PCMU/8000", "telephone-event/8000"]; <paramref name="dataChannel"/> adds a data channel.
    /// </summary>
    public static Task<string> CreateOfferAsync(this ChromiumPage page, IReadOnlyList<string>? codecs = null, string? dataChannel = null, bool waitForCandidates = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>("o => window.startOffer(o)", new { codecs, dataChannel, waitForCandidates });
    }

    /// <summary>Has the browser answer a remote offer; returns its answer with gathered candidates.</summary>
    public static Task<string> AnswerOfferAsync(this ChromiumPage page, string offerSdp)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>("sdp => window.answerOffer(sdp)", offerSdp);
    }

    public static Task ApplyAnswerAsync(this ChromiumPage page, string answerSdp)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync("sdp => window.applyAnswer(sdp)", answerSdp);
    }

    /// <summary>Waits for RTCPeerConnection.connectionState to be <paramref name="state"/>.</summary>
    public static Task WaitForConnectionStateAsync(this ChromiumPage page, string state, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.WaitForAsync("s => window.pc && window.pc.connectionState === s", timeout, state);
    }

    public static Task<string> ConnectionStateAsync(this ChromiumPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>("() => window.pc ? window.pc.connectionState : 'none'");
    }

    public static async Task<BrowserInboundAudio> InboundAudioAsync(this ChromiumPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var stats = await page.EvaluateAsync<JsonElement>("() => window.inboundStats()");
        var state = await page.EvaluateAsync<JsonElement>("() => window.state");
        return new BrowserInboundAudio(
            stats.GetProperty("totalSamplesReceived").GetInt64(),
            stats.GetProperty("packetsReceived").GetInt64(),
            stats.GetProperty("packetsLost").GetInt64(),
            stats.GetProperty("codec").GetString() ?? "",
            stats.GetProperty("packetsSent").GetInt64(),
            state.GetProperty("maxRms").GetDouble(),
            state.GetProperty("loudFrames").GetInt64(),
            state.GetProperty("rmsFrames").GetInt64(),
            string.Join(", ", state.GetProperty("log").EnumerateArray().Select(e => e.GetString())));
    }
}
