using Conformance.Audio;

namespace Conformance.Rtc.Tests.Support;

/// <summary>Where a received excerpt sits in a looping source, and how alike they are there.</summary>
internal static class Correlation
{
    /// <summary>
    /// Finds <paramref name="excerpt"/> inside <paramref name="source"/> played in a loop and returns
    /// the offset and the Pearson correlation coefficient at it (1 = identical shape).
    /// </summary>
    public static (int Offset, double Coefficient) FindInLoop(short[] source, short[] excerpt)
    {
        var looped = new short[(source.Length * 2) + excerpt.Length];
        for (var i = 0; i < looped.Length; i++)
        {
            looped[i] = source[i % source.Length];
        }

        var offset = SignalAnalysis.EstimateDelay(looped, excerpt, looped.Length - excerpt.Length);
        offset = Math.Clamp(offset, 0, looped.Length - excerpt.Length);
        return (offset % source.Length, Pearson(looped.AsSpan(offset, excerpt.Length), excerpt));
    }

    public static double Pearson(ReadOnlySpan<short> a, ReadOnlySpan<short> b)
    {
        double meanA = 0, meanB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            meanA += a[i];
            meanB += b[i];
        }

        meanA /= a.Length;
        meanB /= b.Length;
        double cov = 0, varA = 0, varB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var da = a[i] - meanA;
            var db = b[i] - meanB;
            cov += da * db;
            varA += da * da;
            varB += db * db;
        }

        return varA == 0 || varB == 0 ? 0 : cov / Math.Sqrt(varA * varB);
    }
}
