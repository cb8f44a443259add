namespace Conformance.Audio;

/// <summary>Exact conversions between sample counts and media time (no floating point).</summary>
public static class SampleClock
{
    /// <summary>Media time of <paramref name="samples"/> samples per channel, rounded down to a tick (100 ns).</summary>
    public static TimeSpan ToTimeSpan(long samples, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        return TimeSpan.FromTicks(checked(samples * TimeSpan.TicksPerSecond) / sampleRate);
    }

    /// <summary>Milliseconds of <paramref name="samples"/> samples per channel, as a double (exact for whole-ms counts).</summary>
    public static double ToMilliseconds(long samples, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        return samples * 1000.0 / sampleRate;
    }

    /// <summary>Sample count of <paramref name="milliseconds"/> at <paramref name="sampleRate"/>, rounded to the nearest sample.</summary>
    public static long FromMilliseconds(double milliseconds, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        return (long)Math.Round(milliseconds * sampleRate / 1000.0, MidpointRounding.AwayFromZero);
    }
}
