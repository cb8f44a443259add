using Conformance.Audio;

namespace Conformance.Harness.Audio;

/// <summary>
/// Resamples a whole clip with its filter delay removed, so sample n of the output lines up with
/// sample n of the input in time and the manifest's ground truth still holds.
/// </summary>
internal static class DelayCompensatedResampler
{
    public static short[] Resample(ReadOnlySpan<short> input, int fromRate, int toRate)
    {
        if (fromRate == toRate)
        {
            return input.ToArray();
        }

        using var resampler = new Resampler(fromRate, toRate);
        var latency = resampler.OutputLatency;
        var expected = (int)((long)input.Length * toRate / fromRate);
        // Feed enough trailing silence to flush the filter's delay line.
        var flush = (int)((long)(latency + 64) * fromRate / toRate) + 1;
        var padded = new short[input.Length + flush];
        input.CopyTo(padded);
        var output = resampler.Process(padded);
        var take = Math.Min(expected, Math.Max(0, output.Length - latency));
        return output.AsSpan(latency, take).ToArray();
    }
}
