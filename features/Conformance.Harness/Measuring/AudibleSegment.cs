namespace Conformance.Harness.Measuring;

/// <summary>A stretch of audible agent speech at the caller's ear, ms on the stream timeline; <see cref="Open"/> while it may still go on.</summary>
public sealed record AudibleSegment(double StartMs, double EndMs, bool Open)
{
    public double DurationMs => EndMs - StartMs;
}
