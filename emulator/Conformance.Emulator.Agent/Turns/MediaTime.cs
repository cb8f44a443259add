using System.Globalization;

namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// A media timestamp: a sample count on the call's media clock at <see cref="SampleRate"/>, with its
/// millisecond value. Media time is what the caller leg carries, never a wall-clock reading.
/// </summary>
public readonly record struct MediaTime(long Samples, int SampleRate) : IComparable<MediaTime>
{
    public double Milliseconds => SampleRate == 0 ? 0 : Samples * 1000.0 / SampleRate;

    public static MediaTime FromMilliseconds(double milliseconds, int sampleRate) =>
        new((long)Math.Round(milliseconds * sampleRate / 1000.0), sampleRate);

    public int CompareTo(MediaTime other) => SampleRate == other.SampleRate
        ? Samples.CompareTo(other.Samples)
        : Milliseconds.CompareTo(other.Milliseconds);

    public static bool operator <(MediaTime left, MediaTime right) => left.CompareTo(right) < 0;

    public static bool operator >(MediaTime left, MediaTime right) => left.CompareTo(right) > 0;

    public static bool operator <=(MediaTime left, MediaTime right) => left.CompareTo(right) <= 0;

    public static bool operator >=(MediaTime left, MediaTime right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds:0.###} ms");
}
