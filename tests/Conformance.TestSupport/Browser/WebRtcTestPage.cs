namespace Conformance.TestSupport.Browser;

/// <summary>
/// A page that plays a browser WebRTC caller, for any test that needs a real browser on the other
/// end of an SDP offer/answer: it offers (to our answerer, the emulator's create-call endpoints, ...)
/// or answers (our offerer, non-trickle: the answer waits for ICE gathering). Open it with
/// <see cref="ChromiumSession.OpenPageAsync"/> and drive it through <see cref="WebRtcTestPageExtensions"/>.
/// <para>
/// The page: takes the (fake) microphone with echo cancellation, noise suppression and AGC off so
/// what arrives is the fixture; adds it as a sendrecv transceiver (optionally restricted to given
/// codecs with <c>setCodecPreferences</c>, optionally with an <c>oai-events</c> data channel);
/// plays remote audio through an <c>&lt;audio&gt;</c> element (without one Chromium does not
/// render it: platform-notes §1) and measures it with a WebAudio analyser every 20 ms.
/// </para>
/// </summary>
public static class WebRtcTestPage
{
    public const string Html = """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>webrtc test caller</title></head>
        <body>
        <script>
        window.state = { maxRms: 0, rmsFrames: 0, loudFrames: 0, tracks: 0, log: [] };
        window.setUp = async (options) => {
          const pc = new RTCPeerConnection();
          window.pc = pc;
          pc.onconnectionstatechange = () => state.log.push('connection:' + pc.connectionState);
          pc.oniceconnectionstatechange = () => state.log.push('ice:' + pc.iceConnectionState);
          const stream = await navigator.mediaDevices.getUserMedia({
            audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } });
          pc.ontrack = (event) => {
            state.tracks++;
            const remote = event.streams[0] || new MediaStream([event.track]);
            const el = document.createElement('audio');
            el.autoplay = true;
            el.srcObject = remote;
            document.body.appendChild(el);
            el.play().catch(e => state.log.push('play:' + e));
            const ctx = new AudioContext();
            const analyser = ctx.createAnalyser();
            analyser.fftSize = 2048;
            ctx.createMediaStreamSource(remote).connect(analyser);
            const buf = new Float32Array(analyser.fftSize);
            setInterval(() => {
              analyser.getFloatTimeDomainData(buf);
              let sum = 0;
              for (const v of buf) sum += v * v;
              const rms = Math.sqrt(sum / buf.length);
              state.rmsFrames++;
              if (rms > 0.01) state.loudFrames++;
              if (rms > state.maxRms) state.maxRms = rms;
            }, 20);
          };
          return { pc, stream };
        };
        window.gathered = (pc) => new Promise(r => {
          if (pc.iceGatheringState === 'complete') r();
          pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') r(); };
          setTimeout(r, 5000);
        });
        window.startOffer = async (options) => {
          options = options || {};
          const { pc, stream } = await setUp(options);
          const transceiver = pc.addTransceiver(stream.getAudioTracks()[0], { direction: 'sendrecv', streams: [stream] });
          if (options.codecs) {
            const wanted = options.codecs.map(c => c.toLowerCase());
            const caps = RTCRtpSender.getCapabilities('audio').codecs.filter(c =>
              wanted.includes(c.mimeType.toLowerCase().replace('audio/', '') + '/' + c.clockRate) ||
              wanted.includes(c.mimeType.toLowerCase().replace('audio/', '')));
            transceiver.setCodecPreferences(caps);
          }
          if (options.dataChannel) { window.dc = pc.createDataChannel(options.dataChannel); }
          const offer = await pc.createOffer();
          await pc.setLocalDescription(offer);
          if (options.waitForCandidates) { await gathered(pc); }
          return pc.localDescription.sdp;
        };
        window.answerOffer = async (sdp) => {
          const { pc, stream } = await setUp({});
          await pc.setRemoteDescription({ type: 'offer', sdp });
          const transceiver = pc.getTransceivers()[0];
          transceiver.direction = 'sendrecv';
          await transceiver.sender.replaceTrack(stream.getAudioTracks()[0]);
          transceiver.sender.setStreams(stream);
          await pc.setLocalDescription(await pc.createAnswer());
          await gathered(pc);
          return pc.localDescription.sdp;
        };
        window.applyAnswer = async (sdp) => { await window.pc.setRemoteDescription({ type: 'answer', sdp }); };
        window.inboundStats = async () => {
          const result = { totalSamplesReceived: 0, packetsReceived: 0, packetsLost: 0, codec: '', packetsSent: 0 };
          const stats = await window.pc.getStats();
          const codecs = {};
          stats.forEach(s => { if (s.type === 'codec') codecs[s.id] = s.mimeType; });
          stats.forEach(s => {
            if (s.type === 'inbound-rtp' && s.kind === 'audio') {
              result.totalSamplesReceived = s.totalSamplesReceived || 0;
              result.packetsReceived = s.packetsReceived || 0;
              result.packetsLost = s.packetsLost || 0;
              result.codec = codecs[s.codecId] || '';
            }
            if (s.type === 'outbound-rtp' && s.kind === 'audio') result.packetsSent = s.packetsSent || 0;
          });
          return result;
        };
        window.closeCall = () => { if (window.pc) window.pc.close(); };
        </script>
        </body></html>
        """;
}
