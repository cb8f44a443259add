using Conformance.Audio.Tests.Support;
using Xunit.Abstractions;

namespace Conformance.Audio.Tests;

/// <summary>Opus (RFC 6716) over libopus: round-trip fidelity on real speech, frame sizes, FEC, DTX, PLC, errors, disposal.</summary>
public class OpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<short[]> s_speech48k = new(SpeechCorpus.Jfk48k);

    [Theory]
    [InlineData("jfk-inaugural-1961_16k.wav")]
    [InlineData("osr-us-000-0010_female_list01_full_8k.wav")]
    public void RoundTrip_LongRealSpeechAt32kbps_SnrAtLeast15dB(string clip)
    {
        var speech = SpeechAt48k(clip);
        using var encoder = new OpusEncoder(48000, 1, OpusApplication.Audio) { Bitrate = 32000 };
        using var decoder = new OpusDecoder(48000, 1);

        var decoded = RoundTrip(encoder, decoder, speech, frameMs: 20, out var bytes);

        var delay = SignalAnalysis.EstimateDelay(decoded, speech, 4800);
        var snr = SignalAnalysis.SnrAtDelay(decoded, speech, delay);
        var kbps = bytes * 8.0 / (speech.Length / 48.0);
        output.WriteLine($"{clip}: delay {delay} samples (lookahead {encoder.Lookahead}), SNR {snr:F2} dB, {kbps:F1} kbit/s");
        Assert.InRange(delay, encoder.Lookahead - 8, encoder.Lookahead + 8);
        Assert.InRange(kbps, 28, 36);
        Assert.True(snr >= 15, $"SNR {snr:F2} dB < 15 dB");
    }

    // Waveform SNR suits CELT (OpusApplication.Audio). SILK (Voip mode at these rates) shapes its
    // coding noise perceptually and does not try to match the waveform: 3–14 dB on this corpus.
    [Theory]
    [MemberData(nameof(CorpusClips))]
    public void RoundTrip_EveryCorpusClipAt32kbps_SnrAboveModeFloor(string clip)
    {
        var speech = SpeechAt48k(clip);
        foreach (var (application, floor) in new[] { (OpusApplication.Audio, 10.0), (OpusApplication.Voip, 3.0) })
        {
            using var encoder = new OpusEncoder(48000, 1, application) { Bitrate = 32000 };
            using var decoder = new OpusDecoder(48000, 1);
            var decoded = RoundTrip(encoder, decoder, speech, frameMs: 20, out _);
            var snr = SignalAnalysis.Snr(decoded, speech, 4800);
            output.WriteLine($"{clip} {application}: SNR {snr:F2} dB");
            Assert.True(snr >= floor, $"{application}: SNR {snr:F2} dB < {floor} dB");
        }
    }

    public static TheoryData<string> CorpusClips() => new(SpeechCorpus.Files().Select(Path.GetFileName).OfType<string>());

    [Theory]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(40)]
    [InlineData(60)]
    public void Encode_FrameSizes_DecodeToSameDuration(int frameMs)
    {
        var speech = s_speech48k.Value.AsSpan(0, 57600).ToArray(); // 1.2 s: whole frames at every size
        using var encoder = new OpusEncoder(48000, 1, OpusApplication.Voip) { Bitrate = 32000 };
        using var decoder = new OpusDecoder(48000, 1);

        var decoded = RoundTrip(encoder, decoder, speech, frameMs, out _);

        Assert.Equal(speech.Length, decoded.Length);
        var snr = SignalAnalysis.Snr(decoded, speech, 2000);
        output.WriteLine($"{frameMs} ms: SNR {snr:F2} dB");
        Assert.True(snr > 10, $"{frameMs} ms frames: SNR {snr:F2} dB");
    }

    [Fact]
    public void RoundTrip_Stereo_KeepsChannelsApart()
    {
        var mono = s_speech48k.Value.AsSpan(48000, 48000).ToArray();
        var stereo = new short[mono.Length * 2];
        for (var i = 0; i < mono.Length; i++)
        {
            stereo[2 * i] = mono[i];
        }

        using var encoder = new OpusEncoder(48000, 2, OpusApplication.Audio) { Bitrate = 64000 };
        using var decoder = new OpusDecoder(48000, 2);
        var decoded = RoundTrip(encoder, decoder, stereo, 20, out _);

        var left = decoded.Where((_, i) => i % 2 == 0).ToArray();
        var right = decoded.Where((_, i) => i % 2 == 1).ToArray();
        Assert.True(SignalAnalysis.Dbfs(left) > SignalAnalysis.Dbfs(right) + 20, $"left {SignalAnalysis.Dbfs(left):F1} dBFS, right {SignalAnalysis.Dbfs(right):F1} dBFS");
    }

    [Theory]
    [InlineData(8000)]
    [InlineData(16000)]
    [InlineData(24000)]
    public void RoundTrip_LowerRates_Work(int rate)
    {
        using var resampler = new Resampler(48000, rate);
        var speech = resampler.Process(s_speech48k.Value.AsSpan(0, 96000));
        using var encoder = new OpusEncoder(rate, 1, OpusApplication.Voip) { Bitrate = 24000 };
        using var decoder = new OpusDecoder(rate, 1);

        var decoded = RoundTrip(encoder, decoder, speech, 20, out _);

        Assert.Equal(speech.Length - speech.Length % (rate / 50), decoded.Length);
        Assert.True(SignalAnalysis.Snr(decoded, speech, rate / 10) > 8);
    }

    [Fact]
    public void DecodeFec_LostPacketRecoveredFromNext_BeatsConcealment()
    {
        var speech = s_speech48k.Value.AsSpan(0, 96000).ToArray();
        using var encoder = new OpusEncoder(48000, 1, OpusApplication.Voip) { Bitrate = 32000, InbandFec = true, PacketLossPercent = 20 };
        var packets = Encode(encoder, speech, 20);

        double LostFrameSnr(bool useFec)
        {
            using var decoder = new OpusDecoder(48000, 1);
            var output = new List<short>();
            var frame = new short[960];
            const int lost = 50;
            for (var i = 0; i < packets.Count; i++)
            {
                if (i == lost)
                {
                    continue;
                }

                if (i == lost + 1)
                {
                    var recovered = useFec ? decoder.Decode(packets[i], frame, decodeFec: true) : decoder.DecodeLost(frame);
                    Assert.Equal(960, recovered);
                    output.AddRange(frame);
                }

                output.AddRange(frame.AsSpan(0, decoder.Decode(packets[i], frame)).ToArray());
            }

            var decoded = output.ToArray();
            var delay = encoder.Lookahead;
            return SignalAnalysis.SnrAtDelay(decoded.AsSpan(lost * 960, 960 + delay), speech.AsSpan(lost * 960, 960), delay);
        }

        var fec = LostFrameSnr(useFec: true);
        var plc = LostFrameSnr(useFec: false);
        output.WriteLine($"lost 20 ms: FEC SNR {fec:F2} dB, PLC SNR {plc:F2} dB");
        Assert.True(encoder.InbandFec);
        Assert.True(fec > plc + 3, $"FEC {fec:F2} dB should beat PLC {plc:F2} dB");
    }

    [Fact]
    public void Dtx_Silence_EmitsTinyPackets()
    {
        using var encoder = new OpusEncoder(48000, 1, OpusApplication.Voip) { Dtx = true };
        var packets = Encode(encoder, new short[48000 * 2], 20);

        // After a short hangover the encoder sends 1-byte "no change" packets (which an RTP sender
        // may drop) and refreshes the comfort noise with a full packet every 400 ms.
        Assert.True(encoder.Dtx);
        var steady = packets.Skip(20).ToList();
        var refreshes = steady.Count(p => p.Length > 2);
        Assert.InRange(refreshes, 1, steady.Count / 15);
        Assert.True(steady.Count(p => p.Length <= 2) >= steady.Count * 9 / 10, string.Join(",", packets.Select(p => p.Length)));
    }

    [Fact]
    public void DecodeLost_AfterSpeech_ConcealsWithAudio()
    {
        using var encoder = new OpusEncoder(48000, 1, OpusApplication.Voip);
        using var decoder = new OpusDecoder(48000, 1);
        foreach (var packet in Encode(encoder, s_speech48k.Value.AsSpan(0, 9600).ToArray(), 20))
        {
            decoder.Decode(packet);
        }

        var concealed = new short[960];
        Assert.Equal(960, decoder.DecodeLost(concealed));
        Assert.True(SignalAnalysis.Dbfs(concealed) > -60);
        Assert.Throws<ArgumentException>(() => decoder.DecodeLost(new short[100]));
    }

    [Fact]
    public void Decode_MalformedPackets_ThrowOpusInvalidPacket()
    {
        using var decoder = new OpusDecoder(48000, 1);
        var pcm = new short[5760];

        // TOC code 3 (arbitrary frame count) with a frame-count byte of 0 is invalid (RFC 6716 §3.2.5, R5).
        var e = Assert.Throws<OpusException>(() => decoder.Decode([0x03, 0x00], pcm));
        Assert.Equal("OPUS_INVALID_PACKET", e.ErrorName);
        Assert.Equal(-4, e.ErrorCode);
        Assert.Contains("OPUS_INVALID_PACKET", e.Message, StringComparison.Ordinal);

        // Code 3 with 49 frames of 2.5 ms exceeds 120 ms.
        Assert.Equal("OPUS_INVALID_PACKET", Assert.Throws<OpusException>(() => decoder.Decode([0x83, 49], pcm)).ErrorName);
    }

    [Fact]
    public void Decode_RandomBytes_NeverCrash()
    {
        using var decoder = new OpusDecoder(48000, 2);
        var random = new Random(1234);
        var pcm = new short[decoder.MaxFrameSamples];
        for (var i = 0; i < 2000; i++)
        {
            var packet = new byte[random.Next(1, 300)];
            random.NextBytes(packet);
            try
            {
                Assert.InRange(decoder.Decode(packet, pcm), 0, 5760);
            }
            catch (OpusException e)
            {
                Assert.StartsWith("OPUS_", e.ErrorName, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Decode_OutputTooSmallForPacket_ThrowsBufferTooSmall()
    {
        using var encoder = new OpusEncoder(48000, 1, OpusApplication.Voip);
        using var decoder = new OpusDecoder(48000, 1);
        var packet = encoder.Encode(new short[2880]);

        Assert.Equal(2880, decoder.GetSamplesPerChannel(packet));
        Assert.Equal("OPUS_BUFFER_TOO_SMALL", Assert.Throws<OpusException>(() => decoder.Decode(packet, new short[960])).ErrorName);
    }

    [Fact]
    public void Encode_InvalidFrameSize_ThrowsArgumentException()
    {
        using var encoder = new OpusEncoder(48000, 2, OpusApplication.Voip);

        Assert.Throws<ArgumentException>(() => encoder.Encode(new short[1000], new byte[4000]));
        Assert.Throws<ArgumentException>(() => encoder.Encode(new short[961], new byte[4000]));
        Assert.Throws<ArgumentException>(() => encoder.Encode(new short[1920], Span<byte>.Empty));
    }

    [Fact]
    public void Settings_OutOfRange_ThrowOpusBadArg()
    {
        using var encoder = new OpusEncoder(48000, 1, OpusApplication.Voip);

        Assert.Equal("OPUS_BAD_ARG", Assert.Throws<OpusException>(() => encoder.Complexity = 11).ErrorName);
        Assert.Equal("OPUS_BAD_ARG", Assert.Throws<OpusException>(() => encoder.PacketLossPercent = 101).ErrorName);
    }

    [Fact]
    public void Settings_Set_ReadBack()
    {
        using var encoder = new OpusEncoder(48000, 1, OpusApplication.Voip)
        {
            Bitrate = 24000, Complexity = 3, InbandFec = true, Dtx = true, PacketLossPercent = 7, Vbr = false,
        };

        Assert.Equal((24000, 3, true, true, 7, false), (encoder.Bitrate, encoder.Complexity, encoder.InbandFec, encoder.Dtx, encoder.PacketLossPercent, encoder.Vbr));
    }

    [Fact]
    public void Constructor_UnsupportedFormat_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpusEncoder(44100, 1, OpusApplication.Voip));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpusEncoder(48000, 3, OpusApplication.Voip));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpusEncoder(48000, 1, (OpusApplication)1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpusDecoder(22050, 1));
    }

    [Fact]
    public void Dispose_Twice_IsSafeAndLaterUseThrowsObjectDisposed()
    {
        var encoder = new OpusEncoder(48000, 1, OpusApplication.Voip);
        var decoder = new OpusDecoder(48000, 1);
        encoder.Dispose();
        encoder.Dispose();
        decoder.Dispose();
        decoder.Dispose();

        Assert.Throws<ObjectDisposedException>(() => encoder.Encode(new short[960], new byte[4000]));
        Assert.Throws<ObjectDisposedException>(() => encoder.Bitrate = 1);
        Assert.Throws<ObjectDisposedException>(() => encoder.Reset());
        Assert.Throws<ObjectDisposedException>(() => decoder.Decode([0xF8], new short[960]));
        Assert.Throws<ObjectDisposedException>(() => decoder.DecodeLost(new short[960]));
        Assert.Throws<ObjectDisposedException>(() => decoder.LastPacketDuration);
    }

    [Fact]
    public void Reset_Encoder_NextPacketsEqualFreshEncoder()
    {
        var speech = s_speech48k.Value.AsSpan(0, 9600).ToArray();
        using var used = new OpusEncoder(48000, 1, OpusApplication.Voip) { Bitrate = 32000 };
        using var fresh = new OpusEncoder(48000, 1, OpusApplication.Voip) { Bitrate = 32000 };
        Encode(used, s_speech48k.Value.AsSpan(96000, 9600).ToArray(), 20);

        used.Reset();

        Assert.Equal(Encode(fresh, speech, 20).Select(Convert.ToHexString), Encode(used, speech, 20).Select(Convert.ToHexString));
    }

    private static short[] SpeechAt48k(string clip)
    {
        var audio = SpeechCorpus.Read(clip);
        using var resampler = new Resampler(audio.SampleRate, 48000);
        return resampler.Process(audio.Samples.Span);
    }

    private static List<byte[]> Encode(OpusEncoder encoder, short[] pcm, int frameMs)
    {
        var frame = encoder.SampleRate * frameMs / 1000 * encoder.Channels;
        var packets = new List<byte[]>();
        for (var offset = 0; offset + frame <= pcm.Length; offset += frame)
        {
            packets.Add(encoder.Encode(pcm.AsSpan(offset, frame)));
        }

        return packets;
    }

    private static short[] RoundTrip(OpusEncoder encoder, OpusDecoder decoder, short[] pcm, int frameMs, out long bytes)
    {
        var decoded = new List<short>();
        bytes = 0;
        foreach (var packet in Encode(encoder, pcm, frameMs))
        {
            bytes += packet.Length;
            decoded.AddRange(decoder.Decode(packet));
            Assert.Equal(encoder.SampleRate * frameMs / 1000, decoder.LastPacketDuration);
        }

        return decoded.ToArray();
    }
}
