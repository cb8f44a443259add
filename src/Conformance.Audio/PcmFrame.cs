namespace Conformance.Audio;

/// <summary>
/// A run of PCM16 audio: interleaved samples, their rate and channel count, and the media
/// timestamp of the first sample (samples per channel since the start of the stream — the same
/// unit as an RTP timestamp at the stream's clock rate, RFC 3550 §5.1).
/// </summary>
public sealed record PcmFrame
{
    public PcmFrame(ReadOnlyMemory<short> samples, int sampleRate, int channels = 1, long timestamp = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(timestamp);
        if (samples.Length % channels != 0)
        {
            throw new ArgumentException($"{samples.Length} samples is not a whole number of {channels}-channel sample frames.", nameof(samples));
        }

        Samples = samples;
        SampleRate = sampleRate;
        Channels = channels;
        Timestamp = timestamp;
    }

    /// <summary>Interleaved samples (L R L R … for stereo).</summary>
    public ReadOnlyMemory<short> Samples { get; }

    public int SampleRate { get; }

    public int Channels { get; }

    /// <summary>Media timestamp of the first sample, in samples per channel since the stream began.</summary>
    public long Timestamp { get; }

    public int SamplesPerChannel => Samples.Length / Channels;

    public TimeSpan Duration => SampleClock.ToTimeSpan(SamplesPerChannel, SampleRate);

    /// <summary>Media time of the first sample.</summary>
    public TimeSpan MediaTime => SampleClock.ToTimeSpan(Timestamp, SampleRate);

    /// <summary>Media time just after the last sample (<see cref="MediaTime"/> + <see cref="Duration"/>).</summary>
    public TimeSpan EndMediaTime => SampleClock.ToTimeSpan(Timestamp + SamplesPerChannel, SampleRate);
}
