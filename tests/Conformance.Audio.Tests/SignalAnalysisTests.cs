using Conformance.Audio.Tests.Support;

namespace Conformance.Audio.Tests;

public class SignalAnalysisTests
{
    [Fact]
    public void Dbfs_FullScaleSquare_IsZero()
    {
        var square = Enumerable.Range(0, 960).Select(i => i % 2 == 0 ? short.MaxValue : short.MinValue).ToArray();

        Assert.Equal(0, SignalAnalysis.Dbfs(square), 3);
    }

    [Fact]
    public void Dbfs_FullScaleSine_IsMinus3Point01()
    {
        var sine = Signals.Sine(48000, 1000, 1, amplitude: 32768);

        Assert.Equal(-3.01, SignalAnalysis.Dbfs(sine), 2);
    }

    [Theory]
    [InlineData(-40)]
    [InlineData(-45)]
    [InlineData(-20)]
    public void Dbfs_SineAtLevel_ReadsThatLevel(double dbfs)
    {
        var amplitude = SignalAnalysis.DbfsToRms(dbfs) * Math.Sqrt(2);
        var sine = Signals.Sine(8000, 1000, 0.02, amplitude);

        Assert.Equal(dbfs, SignalAnalysis.Dbfs(sine), 1);
    }

    [Fact]
    public void Dbfs_SilenceOrEmpty_IsMinDbfs()
    {
        Assert.Equal(SignalAnalysis.MinDbfs, SignalAnalysis.Dbfs(new short[960]));
        Assert.Equal(SignalAnalysis.MinDbfs, SignalAnalysis.Dbfs([]));
        Assert.True(SignalAnalysis.Dbfs([1]) > SignalAnalysis.MinDbfs);
    }

    [Fact]
    public void Rms_KnownValues()
    {
        Assert.Equal(5, SignalAnalysis.Rms([5, -5, 5, -5]));
        Assert.Equal(Math.Sqrt(12.5), SignalAnalysis.Rms([3, -4]), 12);
        Assert.Equal(32768, SignalAnalysis.Rms([short.MinValue, short.MinValue]));
    }

    [Theory]
    [InlineData(1234)]
    [InlineData(-777)]
    [InlineData(0)]
    public void EstimateDelay_FiveSecondsOfSpeechAt48k_FindsShift(int shift)
    {
        var speech = SpeechCorpus.Jfk48k().AsSpan(0, 240000).ToArray();
        var noise = Signals.WhiteNoise(speech.Length, 300, 5);
        var shifted = new short[speech.Length];
        for (var n = 0; n < shifted.Length; n++)
        {
            var source = n - shift;
            shifted[n] = (short)Math.Clamp((source >= 0 && source < speech.Length ? speech[source] : 0) + noise[n], short.MinValue, short.MaxValue);
        }

        Assert.Equal(shift, SignalAnalysis.EstimateDelay(shifted, speech, 4800));
    }

    [Fact]
    public void EstimateDelay_ShiftBeyondSearchWindow_StaysInsideWindow()
    {
        var tone = Signals.WhiteNoise(4000, 3000, 3);
        var shifted = new short[4000];
        tone.AsSpan(0, 3500).CopyTo(shifted.AsSpan(500));

        Assert.InRange(SignalAnalysis.EstimateDelay(shifted, tone, 100), -100, 100);
        Assert.Equal(500, SignalAnalysis.EstimateDelay(shifted, tone, 600));
    }

    [Fact]
    public void Snr_Identical_IsInfinite()
    {
        var noise = Signals.WhiteNoise(8000, 3000, 1);

        Assert.Equal(double.PositiveInfinity, SignalAnalysis.Snr(noise, noise));
    }

    [Fact]
    public void Snr_DelayedCopyWithNoiseAt20dBDown_IsAbout20dB()
    {
        var speech = SpeechCorpus.Read("librispeech-251-118436-0001_16k.wav").Samples.ToArray();
        var noise = Signals.WhiteNoise(speech.Length + 100, SignalAnalysis.Rms(speech) / 10, 9);
        var decoded = new short[speech.Length + 100];
        for (var n = 0; n < decoded.Length; n++)
        {
            decoded[n] = (short)Math.Clamp((n >= 100 ? speech[n - 100] : 0) + noise[n], short.MinValue, short.MaxValue);
        }

        Assert.Equal(20, SignalAnalysis.Snr(decoded, speech, 1000), 0);
        Assert.True(SignalAnalysis.SnrAtDelay(decoded, speech, 0) < 3);
    }

    [Fact]
    public void SnrAtDelay_NoOverlapOrSilentReference_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => SignalAnalysis.SnrAtDelay(new short[10], new short[10], 10));
        Assert.Throws<ArgumentException>(() => SignalAnalysis.SnrAtDelay(new short[10], new short[10], 0));
        Assert.Throws<ArgumentException>(() => SignalAnalysis.EstimateDelay([], new short[10], 5));
    }
}
