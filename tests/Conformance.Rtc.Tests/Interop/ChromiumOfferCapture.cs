using Conformance.TestSupport.Browser;

namespace Conformance.Rtc.Tests.Interop;

public sealed class ChromiumOfferCapture
{
    [Fact]
    public async Task Capture()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        await using var page = await chromium.OpenPageAsync("<html><body></body></html>");
        var dir = Environment.GetEnvironmentVariable("CAPTURE_DIR") ?? "/tmp/offers";
        Directory.CreateDirectory(dir);
        foreach (var kind in new[] { "audio", "pcmu", "pcmu-dtmf", "datachannel", "video", "trickle" })
        {
            var sdp = await page.EvaluateAsync<string>(@"async (kind) => {
                const pc = new RTCPeerConnection();
                const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
                const tr = pc.addTransceiver(stream.getAudioTracks()[0], { direction: 'sendrecv', streams: [stream] });
                if (kind.startsWith('pcmu')) {
                  const caps = RTCRtpSender.getCapabilities('audio');
                  tr.setCodecPreferences(caps.codecs.filter(c => c.mimeType === 'audio/PCMU' || (kind === 'pcmu-dtmf' && c.mimeType === 'audio/telephone-event' && c.clockRate === 8000)));
                }
                if (kind === 'datachannel') pc.createDataChannel('oai-events');
                if (kind === 'video') pc.addTransceiver('video');
                const offer = await pc.createOffer();
                await pc.setLocalDescription(offer);
                if (kind === 'trickle') { pc.close(); return offer.sdp; }
                await new Promise(r => { if (pc.iceGatheringState === 'complete') r(); pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') r(); }; setTimeout(r, 3000); });
                const sdp = pc.localDescription.sdp; pc.close(); return sdp;
            }", kind);
            await File.WriteAllTextAsync(Path.Combine(dir, $"chromium-{kind}.sdp"), sdp);
        }
        await File.WriteAllTextAsync(Path.Combine(dir, "version.txt"), chromium.Version);
    }
}
