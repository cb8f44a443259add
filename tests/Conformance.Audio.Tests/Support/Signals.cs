namespace Conformance.Audio.Tests.Support;

/// <summary>Synthetic test signals.</summary>
internal static class Signals
{
    public static short[] Sine(int sampleRate, double frequency, double seconds, double amplitude = 10000, int channels = 1)
    {
        var frames = (int)(sampleRate * seconds);
        var samples = new short[frames * channels];
        for (var n = 0; n < frames; n++)
        {
            samples[n * channels] = (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * frequency * n / sampleRate));
        }

        return samples;
    }

    /// <summary>Frequency from the mean spacing of upward zero crossings (exact enough for clean tones).</summary>
    public static double ZeroCrossingFrequency(ReadOnlySpan<short> samples, int sampleRate)
    {
        var first = -1.0;
        var last = -1.0;
        var count = 0;
        for (var n = 1; n < samples.Length; n++)
        {
            if (samples[n - 1] < 0 && samples[n] >= 0)
            {
                var crossing = n - 1 + (double)-samples[n - 1] / (samples[n] - samples[n - 1]);
                if (first < 0)
                {
                    first = crossing;
                }
                else
                {
                    count++;
                }

                last = crossing;
            }
        }

        return count == 0 ? 0 : count * sampleRate / (last - first);
    }

    public static short[] WhiteNoise(int length, double rms, int seed)
    {
        var random = new Random(seed);
        var noise = new short[length];
        for (var i = 0; i < length; i++)
        {
            // Box–Muller: Gaussian noise of the requested RMS.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            noise[i] = (short)Math.Clamp(Math.Round(rms * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2)), short.MinValue, short.MaxValue);
        }

        return noise;
    }
}
