namespace Conformance.Harness.Measuring;

/// <summary>A half-open range of samples [<see cref="Start"/>, <see cref="End"/>) on a stream timeline.</summary>
public readonly record struct SampleRange(long Start, long End)
{
    public long Length => End - Start;

    /// <summary>How many of its samples lie at or after <paramref name="position"/>.</summary>
    public long CountFrom(long position) => Math.Max(0, End - Math.Max(Start, position));
}
