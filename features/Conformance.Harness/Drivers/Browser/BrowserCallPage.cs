namespace Conformance.Harness.Drivers.Browser;

/// <summary>
/// The browser caller's page and its AudioWorklet recorder (served from <c>http://localhost/</c> by
/// request interception; the worklet from a blob URL, since worklet fetches are not intercepted: <c>about:blank</c> lacks <c>navigator.mediaDevices</c>, platform-notes
/// §1). Everything is timed on one AudioContext at 48 kHz: the caller's speech is a WebAudio
/// buffer scheduled at a known context time into the track the peer connection sends, and the
/// agent's audio (played through an <c>&lt;audio&gt;</c> element, without which Chromium does not
/// render remote audio) is recorded by the worklet with the context time of each render quantum.
/// </summary>
internal static class BrowserCallPage
{
    public static string Html => Page.Replace("%RECORDER%", RecorderJs, StringComparison.Ordinal);

    private const string Page = """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>conformance browser caller</title></head>
        <body>
        <audio id="agent" autoplay></audio>
        <script id="recorder" type="text/plain">%RECORDER%</script>
        <script>
        const h = { chunks: [], log: [], t0: null, ctx: null, pc: null, dest: null };
        window.h = h;
        const b64ToInt16 = (b64) => {
          const bin = atob(b64); const bytes = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
          return new Int16Array(bytes.buffer);
        };
        const int16ToB64 = (samples) => {
          const bytes = new Uint8Array(samples.buffer);
          let bin = ''; for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
          return btoa(bin);
        };
        window.setUp = async (codecs) => {
          h.ctx = new AudioContext({ sampleRate: 48000, latencyHint: 'interactive' });
          await h.ctx.resume();
          // Worklet module fetches bypass request interception: load the recorder from a blob.
          const code = document.getElementById('recorder').textContent;
          await h.ctx.audioWorklet.addModule(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
          h.dest = h.ctx.createMediaStreamDestination();
          h.dest.channelCount = 1;
          const pc = new RTCPeerConnection();
          h.pc = pc;
          pc.onconnectionstatechange = () => h.log.push('connection:' + pc.connectionState);
          const track = h.dest.stream.getAudioTracks()[0];
          const transceiver = pc.addTransceiver(track, { direction: 'sendrecv', streams: [h.dest.stream] });
          if (codecs && codecs.length) {
            const wanted = codecs.map(c => c.toLowerCase());
            transceiver.setCodecPreferences(RTCRtpSender.getCapabilities('audio').codecs
              .filter(c => wanted.includes(c.mimeType.toLowerCase().replace('audio/', ''))));
          }
          pc.ontrack = (event) => {
            const remote = event.streams[0] || new MediaStream([event.track]);
            const el = document.getElementById('agent');
            el.srcObject = remote;
            el.play().catch(e => h.log.push('play:' + e));
            const recorder = new AudioWorkletNode(h.ctx, 'recorder', { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit' });
            recorder.port.onmessage = (m) => h.chunks.push(m.data);
            const mute = h.ctx.createGain(); mute.gain.value = 0;
            h.ctx.createMediaStreamSource(remote).connect(recorder).connect(mute).connect(h.ctx.destination);
          };
          const offer = await pc.createOffer();
          await pc.setLocalDescription(offer);
          await new Promise(r => {
            if (pc.iceGatheringState === 'complete') return r();
            pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') r(); };
            setTimeout(r, 5000);
          });
          return pc.localDescription.sdp;
        };
        window.applyAnswer = async (sdp) => { await h.pc.setRemoteDescription({ type: 'answer', sdp }); };
        window.connectionState = () => h.pc.connectionState;
        window.startClock = () => { h.t0 = h.ctx.currentTime; h.chunks = []; return h.t0; };
        window.say = (b64, leadSeconds) => {
          const pcm = b64ToInt16(b64);
          const buffer = h.ctx.createBuffer(1, pcm.length, 48000);
          const data = buffer.getChannelData(0);
          for (let i = 0; i < pcm.length; i++) data[i] = pcm[i] / 32768;
          const source = h.ctx.createBufferSource();
          source.buffer = buffer;
          source.connect(h.dest);
          const at = h.ctx.currentTime + leadSeconds;
          source.start(at);
          return at - h.t0;
        };
        window.collect = () => {
          const chunks = h.chunks; h.chunks = [];
          return chunks.map(c => ({ t: c.t - h.t0, b64: int16ToB64(c.samples) }));
        };
        window.codec = async () => {
          const stats = await h.pc.getStats(); const codecs = {}; let id = null;
          let sent = null;
          stats.forEach(s => {
            if (s.type === 'codec') codecs[s.id] = s;
            if (s.type === 'inbound-rtp' && s.kind === 'audio') id = s.codecId;
            if (s.type === 'outbound-rtp' && s.kind === 'audio') sent = s.codecId;
          });
          // What the agent sends, else what the browser sends (the negotiated codec before the agent speaks).
          const c = codecs[id] || codecs[sent];
          return c ? c.mimeType.replace('audio/', '') + '/' + c.clockRate + (c.channels > 1 ? '/' + c.channels : '') : '';
        };
        window.hangUp = () => { if (h.pc) h.pc.close(); };
        </script>
        </body></html>
        """;

    /// <summary>
    /// Posts 20 ms of the agent's audio at a time (7–8 render quanta of 128 frames), each batch
    /// stamped with the context time of its first sample (<c>currentTime</c> in the worklet
    /// scope is the time of the quantum being rendered).
    /// </summary>
    public const string RecorderJs = """
        class Recorder extends AudioWorkletProcessor {
          constructor() { super(); this.buffer = new Int16Array(960); this.count = 0; this.start = 0; }
          process(inputs) {
            const input = inputs[0] && inputs[0][0];
            const quantum = input ? input.length : 128;
            for (let i = 0; i < quantum; i++) {
              if (this.count === 0) this.start = currentTime + i / sampleRate;
              const v = input ? Math.max(-1, Math.min(1, input[i])) : 0;
              this.buffer[this.count++] = Math.round(v * 32767);
              if (this.count === this.buffer.length) {
                this.port.postMessage({ t: this.start, samples: this.buffer });
                this.buffer = new Int16Array(960); this.count = 0;
              }
            }
            return true;
          }
        }
        registerProcessor('recorder', Recorder);
        """;
}
