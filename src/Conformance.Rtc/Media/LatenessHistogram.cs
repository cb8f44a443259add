namespace Conformance.Rtc.Media;

/// <summary>
/// How late paced sends were against their schedule, in 50 µs buckets up to 250 ms (the last
/// bucket collects everything later). Thread-safe for one writer and concurrent readers of
/// whole snapshots via <see cref="Merge"/> on a copy.
/// </summary>
public sealed class LatenessHistogram
{
    private const double BucketMicroseconds = 50;
    private readonly long[] _buckets = new long[5001];
    private readonly Lock _gate = new();

    public long Count { get; private set; }

    public TimeSpan Max { get; private set; }

    public void Record(TimeSpan lateness)
    {
        if (lateness < TimeSpan.Zero)
        {
            lateness = TimeSpan.Zero;
        }

        var index = (int)Math.Min(_buckets.Length - 1, lateness.TotalMicroseconds / BucketMicroseconds);
        lock (_gate)
        {
            _buckets[index]++;
            Count++;
            if (lateness > Max)
            {
                Max = lateness;
            }
        }
    }

    /// <summary>The upper edge of the bucket holding the p-th percentile (0 &lt; p ≤ 100).</summary>
    public TimeSpan Percentile(double p)
    {
        lock (_gate)
        {
            if (Count == 0)
            {
                return TimeSpan.Zero;
            }

            var rank = (long)Math.Ceiling(p / 100.0 * Count);
            long seen = 0;
            for (var i = 0; i < _buckets.Length; i++)
            {
                seen += _buckets[i];
                if (seen >= rank)
                {
                    return TimeSpan.FromMicroseconds((i + 1) * BucketMicroseconds);
                }
            }

            return Max;
        }
    }

    public void Merge(LatenessHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        long[] copy;
        long count;
        TimeSpan max;
        lock (other._gate)
        {
            copy = (long[])other._buckets.Clone();
            count = other.Count;
            max = other.Max;
        }

        lock (_gate)
        {
            for (var i = 0; i < copy.Length; i++)
            {
                _buckets[i] += copy[i];
            }

            Count += count;
            if (max > Max)
            {
                Max = max;
            }
        }
    }
}
