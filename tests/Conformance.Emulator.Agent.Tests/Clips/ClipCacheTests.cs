using Conformance.Audio;
using Conformance.Emulator.Agent.Clips;

namespace Conformance.Emulator.Agent.Tests.Clips;

public class ClipCacheTests
{
    private static readonly ClipCache s_cache = new(SyntheticClips.Catalog);

    [Theory]
    [InlineData(ClipEncoding.MuLaw, 8000)]
    [InlineData(ClipEncoding.ALaw, 8000)]
    [InlineData(ClipEncoding.Pcm16LittleEndian, 16000)]
    [InlineData(ClipEncoding.Pcm16BigEndian, 24000)]
    [InlineData(ClipEncoding.Pcm16LittleEndian, 48000)]
    [InlineData(ClipEncoding.Opus, 48000)]
    public void Get_AnyFormat_ExactLengthAndWholeFrames(ClipEncoding encoding, int rate)
    {
        var format = new ClipFormat(encoding, rate);
        var encoded = s_cache.Get("checkin", format);
        Assert.Equal(SyntheticClips.Catalog["checkin"].SamplesAt(rate), encoded.SampleCount);
        Assert.Equal(75, encoded.FrameCount);
        if (format.BytesPerSample > 0)
        {
            Assert.All(Enumerable.Range(0, encoded.FrameCount), i => Assert.Equal(format.FrameSamples * format.BytesPerSample, encoded.Frame(i).Length));
        }
    }

    [Fact]
    public void Get_ClipEndingMidFrame_LastFramePaddedWithTheCodecsSilence()
    {
        var cache = new ClipCache(SyntheticClips.With(("odd", 1010)));
        var encoded = cache.Get("odd", ClipFormat.MuLaw8k);
        Assert.Equal((8080L, 51), (encoded.SampleCount, encoded.FrameCount));
        var last = encoded.Frame(50).Span;
        Assert.All(last[80..].ToArray(), b => Assert.Equal(0xFF, b));
        var alaw = cache.Get("odd", ClipFormat.ALaw8k).Frame(50).Span;
        Assert.All(alaw[80..].ToArray(), b => Assert.Equal(0xD5, b));
    }

    [Fact]
    public void Get_MuLaw_IsG711OfTheResampledPcm()
    {
        var pcm = s_cache.Pcm("greeting", 8000).Span;
        var expected = new byte[pcm.Length];
        G711.EncodeMuLaw(pcm, expected);
        var encoded = s_cache.Get("greeting", ClipFormat.MuLaw8k);
        Assert.Equal(expected, encoded.Slice(0, pcm.Length).ToArray());
    }

    [Fact]
    public void Get_Pcm16ByteOrders_AreMirrorImages()
    {
        var le = s_cache.Get("preroll", new ClipFormat(ClipEncoding.Pcm16LittleEndian, 16000)).Frame(10).ToArray();
        var be = s_cache.Get("preroll", new ClipFormat(ClipEncoding.Pcm16BigEndian, 16000)).Frame(10).ToArray();
        for (var i = 0; i < le.Length; i += 2)
        {
            Assert.Equal((le[i], le[i + 1]), (be[i + 1], be[i]));
        }
    }

    [Theory]
    [InlineData(8000)]
    [InlineData(16000)]
    [InlineData(24000)]
    public void Pcm_Resampled_IsTimeAlignedWithTheMaster(int rate)
    {
        var resampled = s_cache.Pcm("reply-2s", rate).Span;
        var reference = SyntheticClips.Tone("ref", 2000, "", rate).Samples.Span;
        Assert.Equal(0, SignalAnalysis.EstimateDelay(resampled, reference, rate / 100));
        Assert.True(SignalAnalysis.SnrAtDelay(resampled[200..^200], reference[200..^200], 0) > 30);
    }

    [Fact]
    public void Pcm_OnsetAfterSilence_KeepsItsPositionAtEveryRate()
    {
        var tone = SyntheticClips.Tone("t", 500, "").Samples.ToArray();
        var samples = new short[4800 + tone.Length];
        tone.CopyTo(samples, 4800);
        var cache = new ClipCache(new ClipCatalog([new Clip("late", samples, 48000, "")]));
        foreach (var rate in new[] { 8000, 16000, 24000 })
        {
            var pcm = cache.Pcm("late", rate).Span;
            // The first sample above −40 dB of the tone's peak (the filter rings faintly before it).
            var onset = pcm.ToArray().Select((s, i) => (s, i)).First(x => Math.Abs((int)x.s) > 46).i;
            var expected = 100 * rate / 1000;
            Assert.InRange(onset, expected - (rate / 1000), expected + (rate / 1000));
        }
    }

    [Fact]
    public void Get_Opus_DecodesToTheClipDelayedByTheLookahead()
    {
        // A sweep, not a tone: cross-correlation of a periodic signal cannot tell the delay.
        var sweep = new short[96_000];
        for (var i = 0; i < sweep.Length; i++)
        {
            var t = i / 48000.0;
            sweep[i] = (short)(6000 * Math.Sin(2 * Math.PI * ((200 * t) + (700 * t * t))));
        }

        var cache = new ClipCache(new ClipCatalog([new Clip("reply-2s", sweep, 48000, "")]));
        var encoded = cache.Get("reply-2s", ClipFormat.Opus48k);
        Assert.InRange(encoded.CodecDelaySamples, 1, 960);
        using var decoder = new OpusDecoder(48000, 1);
        var decoded = new List<short>();
        var frame = new short[960];
        for (var i = 0; i < encoded.FrameCount; i++)
        {
            var n = decoder.Decode(encoded.Frame(i).Span, frame);
            decoded.AddRange(frame.AsSpan(0, n).ToArray());
        }

        var master = sweep.AsSpan();
        var delay = SignalAnalysis.EstimateDelay(decoded.ToArray(), master, 2000);
        Assert.InRange(delay, encoded.CodecDelaySamples - 5, encoded.CodecDelaySamples + 5);
        Assert.True(SignalAnalysis.SnrAtDelay(decoded.ToArray(), master, delay) > 10);
        Assert.Throws<InvalidOperationException>(() => encoded.Slice(0, 960));
    }

    [Fact]
    public void Get_ConcurrentCallers_EncodeOnceAndShare()
    {
        var cache = new ClipCache(SyntheticClips.Catalog);
        var results = new EncodedClip[32];
        Parallel.For(0, results.Length, i => results[i] = cache.Get("goodbye", ClipFormat.MuLaw8k));
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.Equal(1, cache.EncodedCount);
    }

    [Fact]
    public void Preload_EveryClipEveryFormat()
    {
        var cache = new ClipCache(SyntheticClips.Catalog);
        cache.Preload(ClipFormat.MuLaw8k, ClipFormat.Pcm16(16000));
        Assert.Equal(SyntheticClips.Specs.Length * 2, cache.EncodedCount);
    }

    [Fact]
    public void Get_BadInput_ClearErrors()
    {
        Assert.Throws<ArgumentException>(() => s_cache.Get("greeting", new ClipFormat(ClipEncoding.MuLaw, 16000)));
        Assert.Throws<ArgumentException>(() => s_cache.Get("greeting", new ClipFormat(ClipEncoding.Opus, 48000, 10)));
        Assert.Throws<ArgumentException>(() => s_cache.Get("greeting", new ClipFormat(ClipEncoding.Pcm16LittleEndian, 44100)));
        var missing = Assert.Throws<KeyNotFoundException>(() => s_cache.Get("reply-9s", ClipFormat.MuLaw8k));
        Assert.Contains("reply-2s", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => s_cache.Get("greeting", ClipFormat.MuLaw8k).Frame(10_000));
    }
}
