using Conformance.Audio.Tests.Support;

namespace Conformance.Audio.Tests;

public class ResamplerTests
{
    private static readonly int[] s_rates = [8000, 16000, 24000, 48000];

    public static TheoryData<int, int> RatePairs()
    {
        var data = new TheoryData<int, int>();
        foreach (var input in s_rates)
        {
            foreach (var output in s_rates)
            {
                data.Add(input, output);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RatePairs))]
    public void Process_OneKilohertzTone_KeepsFrequencyLevelAndLength(int inputRate, int outputRate)
    {
        var tone = Signals.Sine(inputRate, 1000, 1.0);
        using var resampler = new Resampler(inputRate, outputRate);

        var output = resampler.Process(tone);

        Assert.InRange(output.Length, outputRate - 2, outputRate + 2);
        var steady = output.AsSpan(outputRate / 10, outputRate * 8 / 10);
        Assert.InRange(Signals.ZeroCrossingFrequency(steady, outputRate), 999.5, 1000.5);
        Assert.InRange(SignalAnalysis.Dbfs(steady) - SignalAnalysis.Dbfs(tone), -0.3, 0.3);
        Assert.Equal(inputRate == outputRate, resampler.IsPassthrough);
    }

    [Theory]
    [InlineData(8000, 48000)]
    [InlineData(48000, 8000)]
    [InlineData(16000, 24000)]
    [InlineData(24000, 16000)]
    [InlineData(48000, 16000)]
    public void Process_RandomChunking_EqualsOneShot(int inputRate, int outputRate)
    {
        var speech = SpeechCorpus.Read("librispeech-251-137823-0002_16k.wav");
        using var toInput = new Resampler(16000, inputRate);
        var signal = toInput.Process(speech.Samples.Span);
        using var oneShot = new Resampler(inputRate, outputRate);
        var expected = oneShot.Process(signal);

        var random = new Random(inputRate ^ outputRate);
        for (var trial = 0; trial < 5; trial++)
        {
            using var streaming = new Resampler(inputRate, outputRate);
            var output = new List<short>();
            for (var offset = 0; offset < signal.Length;)
            {
                var size = Math.Min(signal.Length - offset, random.Next(0, 2000));
                output.AddRange(streaming.Process(signal.AsSpan(offset, size)));
                offset += size;
            }

            Assert.Equal(expected, output.ToArray());
        }
    }

    [Theory]
    [InlineData(8000, 48000)]
    [InlineData(48000, 8000)]
    [InlineData(16000, 24000)]
    [InlineData(24000, 48000)]
    public void Reset_AfterSpeech_SilenceInGivesExactSilenceOut(int inputRate, int outputRate)
    {
        var speech = SpeechCorpus.Read("cmu-arctic-aew-a0003_16k.wav");
        using var toInput = new Resampler(16000, inputRate);
        var signal = toInput.Process(speech.Samples.Span.Slice(16000, 8000)); // mid-word, loud
        var silence = new short[inputRate / 5];

        using var withoutReset = new Resampler(inputRate, outputRate);
        withoutReset.Process(signal);
        var leaked = withoutReset.Process(silence);

        using var withReset = new Resampler(inputRate, outputRate);
        withReset.Process(signal);
        withReset.Reset();
        var afterReset = withReset.Process(silence);

        Assert.Contains(leaked, s => s != 0); // the filter delay does hold old audio…
        Assert.All(afterReset, s => Assert.Equal(0, s)); // …and Reset clears it
        Assert.InRange(afterReset.Length, outputRate / 5 - 2 - withReset.OutputLatency, outputRate / 5 + 2);
    }

    [Fact]
    public void Process_Stereo_KeepsChannelsApart()
    {
        var stereo = Signals.Sine(16000, 440, 0.5, channels: 2);
        using var resampler = new Resampler(16000, 48000, channels: 2);

        var output = resampler.Process(stereo);

        var left = output.Where((_, i) => i % 2 == 0).ToArray();
        var right = output.Where((_, i) => i % 2 == 1).ToArray();
        Assert.True(SignalAnalysis.Dbfs(left) > -15);
        Assert.All(right, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Process_EqualRates_CopiesUnchanged()
    {
        var signal = Signals.WhiteNoise(1000, 3000, 7);
        using var resampler = new Resampler(24000, 24000);

        Assert.Equal(signal, resampler.Process(signal));
        Assert.Equal(0, resampler.OutputLatency);
    }

    [Fact]
    public void Process_OutputSmallerThanMaxOutputLength_ThrowsArgumentException()
    {
        using var resampler = new Resampler(8000, 48000);

        Assert.Throws<ArgumentException>(() => resampler.Process(new short[160], new short[960]));
        Assert.Equal(962, resampler.MaxOutputLength(160));
    }

    [Fact]
    public void Constructor_InvalidArguments_ThrowArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Resampler(44100, 48000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Resampler(8000, 11025));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Resampler(8000, 16000, channels: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Resampler(8000, 16000, quality: 11));
    }

    [Fact]
    public void Process_StereoOddSampleCount_ThrowsArgumentException()
    {
        using var resampler = new Resampler(8000, 16000, channels: 2);

        Assert.Throws<ArgumentException>(() => resampler.Process(new short[3], new short[100]));
    }

    [Fact]
    public void Dispose_Twice_IsSafeAndLaterUseThrowsObjectDisposed()
    {
        var resampler = new Resampler(8000, 48000);
        var passthrough = new Resampler(8000, 8000);
        resampler.Dispose();
        resampler.Dispose();
        passthrough.Dispose();

        Assert.Throws<ObjectDisposedException>(() => resampler.Process(new short[160], new short[1000]));
        Assert.Throws<ObjectDisposedException>(() => resampler.Reset());
        Assert.Throws<ObjectDisposedException>(() => passthrough.Process(new short[160], new short[1000]));
    }
}
