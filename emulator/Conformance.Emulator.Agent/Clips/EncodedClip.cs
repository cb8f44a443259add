namespace Conformance.Emulator.Agent.Clips;

/// <summary>
/// A clip encoded once for one leg format, cut into frames so a call only packetises: frame
/// <c>i</c> holds samples [i·F, (i+1)·F) of the clip at the format's rate, the last one padded
/// with the encoding's silence. G.711/PCM bytes are also addressable by sample.
/// </summary>
public sealed class EncodedClip
{
    private readonly byte[] _data;
    private readonly int[] _frameOffsets;

    internal EncodedClip(string clipId, ClipFormat format, long sampleCount, byte[] data, int[] frameOffsets, int codecDelaySamples)
    {
        ClipId = clipId;
        Format = format;
        SampleCount = sampleCount;
        _data = data;
        _frameOffsets = frameOffsets;
        CodecDelaySamples = codecDelaySamples;
    }

    public string ClipId { get; }

    public ClipFormat Format { get; }

    /// <summary>The clip's length at the format's rate (= <see cref="Clip.SamplesAt"/>), padding excluded.</summary>
    public long SampleCount { get; }

    public int FrameCount => _frameOffsets.Length - 1;

    /// <summary>Total encoded bytes (all frames).</summary>
    public int ByteCount => _data.Length;

    /// <summary>
    /// Samples by which decoded audio lags the clip: the Opus encoder's lookahead (about 6.5 ms);
    /// 0 for G.711/PCM. Timing in the session is in clip samples; a receiver decoding Opus hears
    /// them this much later.
    /// </summary>
    public int CodecDelaySamples { get; }

    /// <summary>The payload of frame <paramref name="index"/> (an Opus packet, or F samples of G.711/PCM).</summary>
    public ReadOnlyMemory<byte> Frame(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, FrameCount);
        return _data.AsMemory(_frameOffsets[index], _frameOffsets[index + 1] - _frameOffsets[index]);
    }

    /// <summary>
    /// Bytes for samples [<paramref name="offset"/>, +<paramref name="count"/>) of a sample-addressable
    /// encoding (not Opus), within the padded frames.
    /// </summary>
    public ReadOnlyMemory<byte> Slice(long offset, int count)
    {
        if (Format.BytesPerSample == 0)
        {
            throw new InvalidOperationException($"{Format.Encoding} is not addressable by sample; use Frame(index).");
        }

        var paddedSamples = (long)FrameCount * Format.FrameSamples;
        if (offset < 0 || count < 0 || offset + count > paddedSamples)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"[{offset}, +{count}) is outside the clip's {paddedSamples} (padded) samples.");
        }

        return _data.AsMemory((int)(offset * Format.BytesPerSample), count * Format.BytesPerSample);
    }
}
