namespace Conformance.Harness.Reporting;

/// <summary>
/// A waveform reduced to a min/max peak envelope: bucket <c>i</c> covers
/// <c>[StartMs + i·MsPerBucket, StartMs + (i+1)·MsPerBucket)</c> on the scenario's timeline and
/// holds the lowest and highest PCM16 sample in it. 10 ms buckets keep a few seconds of audio to a
/// few kilobytes of JSON while still showing every 20 ms frame's edge.
/// </summary>
public sealed record TimelineTrack(
    string Name,
    TrackRole Role,
    double StartMs,
    double DurationMs,
    double MsPerBucket,
    IReadOnlyList<short> Min,
    IReadOnlyList<short> Max)
{
    public const double DefaultMsPerBucket = 10;

    public double EndMs => StartMs + DurationMs;

    /// <summary>
    /// The envelope of mono PCM16 audio that starts at <paramref name="startMs"/> on the timeline.
    /// Bucket edges fall on whole samples (<c>floor(i · rate · ms / 1000)</c>), so nothing is
    /// counted twice when a bucket is not a whole number of samples; the last bucket may be short.
    /// </summary>
    public static TimelineTrack FromPcm(
        string name, TrackRole role, ReadOnlySpan<short> samples, int sampleRate, double startMs, double msPerBucket = DefaultMsPerBucket)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        if (!double.IsFinite(msPerBucket) || msPerBucket <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(msPerBucket), msPerBucket, "A bucket must be a positive, finite number of milliseconds.");
        }

        if (!double.IsFinite(startMs))
        {
            throw new ArgumentOutOfRangeException(nameof(startMs), startMs, "The start must be a finite time.");
        }

        var samplesPerBucket = sampleRate * msPerBucket / 1000.0;
        var count = (int)Math.Ceiling(samples.Length / samplesPerBucket);
        var min = new short[count];
        var max = new short[count];
        for (var i = 0; i < count; i++)
        {
            var from = (int)Math.Floor(i * samplesPerBucket);
            var to = Math.Min(samples.Length, (int)Math.Floor((i + 1) * samplesPerBucket));
            var bucket = samples[from..Math.Max(from + 1, to)];
            short lo = short.MaxValue, hi = short.MinValue;
            foreach (var s in bucket)
            {
                lo = Math.Min(lo, s);
                hi = Math.Max(hi, s);
            }

            min[i] = lo;
            max[i] = hi;
        }

        return new TimelineTrack(name, role, startMs, samples.Length * 1000.0 / sampleRate, msPerBucket, min, max);
    }
}
