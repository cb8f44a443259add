namespace Conformance.Audio;

/// <summary>
/// Cuts a stream of arbitrarily sized PCM16 chunks into whole frames of a fixed duration
/// (10 or 20 ms for the kit's legs), stamping each with its media timestamp. Clock-free: the
/// timestamp counts samples, so framing the same audio always yields the same frames.
/// Not thread-safe; one framer per stream.
/// </summary>
public sealed class PcmFramer
{
    private readonly int _frameSamples;
    private short[] _pending;
    private int _pendingCount;
    private long _nextTimestamp;
    private byte? _oddByte;

    public PcmFramer(int sampleRate, int channels = 1, int frameMs = 20, long startTimestamp = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(startTimestamp);
        SampleRate = sampleRate;
        Channels = channels;
        FrameMs = frameMs;
        _frameSamples = SamplesPerFrame(sampleRate, frameMs) * channels;
        _pending = new short[_frameSamples];
        _nextTimestamp = startTimestamp;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public int FrameMs { get; }

    /// <summary>Samples per channel in each frame.</summary>
    public int FrameSamplesPerChannel => _frameSamples / Channels;

    /// <summary>Interleaved samples waiting for the rest of their frame.</summary>
    public int PendingSamples => _pendingCount;

    /// <summary>
    /// Samples per channel in a frame of <paramref name="frameMs"/> at <paramref name="sampleRate"/>;
    /// the duration must be a whole number of samples (e.g. 20 ms at 8 kHz = 160).
    /// </summary>
    public static int SamplesPerFrame(int sampleRate, int frameMs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameMs);
        var product = (long)sampleRate * frameMs;
        if (product % 1000 != 0)
        {
            throw new ArgumentException($"{frameMs} ms at {sampleRate} Hz is not a whole number of samples.", nameof(frameMs));
        }

        return checked((int)(product / 1000));
    }

    /// <summary>Adds interleaved samples; returns the frames they completed (possibly none), oldest first.</summary>
    public IReadOnlyList<PcmFrame> Write(ReadOnlySpan<short> samples)
    {
        List<PcmFrame>? frames = null;
        while (!samples.IsEmpty)
        {
            var take = Math.Min(samples.Length, _frameSamples - _pendingCount);
            samples[..take].CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += take;
            samples = samples[take..];
            if (_pendingCount == _frameSamples)
            {
                (frames ??= []).Add(TakeFrame());
            }
        }

        return frames ?? (IReadOnlyList<PcmFrame>)[];
    }

    /// <summary>
    /// Adds PCM16 little-endian bytes (as media-stream WebSockets carry them); an odd trailing byte
    /// is kept until the next call completes its sample.
    /// </summary>
    public IReadOnlyList<PcmFrame> WriteLittleEndianBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return [];
        }

        var hasOdd = _oddByte.HasValue;
        var total = bytes.Length + (hasOdd ? 1 : 0);
        var samples = new short[total / 2];
        var offset = 0;
        var index = 0;
        if (hasOdd)
        {
            samples[index++] = (short)(_oddByte!.Value | (bytes[0] << 8));
            offset = 1;
            _oddByte = null;
        }

        for (; offset + 1 < bytes.Length; offset += 2)
        {
            samples[index++] = (short)(bytes[offset] | (bytes[offset + 1] << 8));
        }

        if (offset < bytes.Length)
        {
            _oddByte = bytes[offset];
        }

        return Write(samples);
    }

    /// <summary>
    /// Ends the stream: returns the pending partial frame padded with silence to a whole frame, or
    /// null when nothing is pending. A dangling odd byte is dropped.
    /// </summary>
    public PcmFrame? Flush()
    {
        _oddByte = null;
        if (_pendingCount == 0)
        {
            return null;
        }

        _pending.AsSpan(_pendingCount).Clear();
        _pendingCount = _frameSamples;
        return TakeFrame();
    }

    /// <summary>Drops pending samples (e.g. after a barge-in) and restarts timestamps at <paramref name="timestamp"/>.</summary>
    public void Reset(long timestamp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timestamp);
        _pendingCount = 0;
        _oddByte = null;
        _nextTimestamp = timestamp;
    }

    private PcmFrame TakeFrame()
    {
        var frame = new PcmFrame(_pending, SampleRate, Channels, _nextTimestamp);
        _nextTimestamp += FrameSamplesPerChannel;
        _pending = new short[_frameSamples];
        _pendingCount = 0;
        return frame;
    }
}
