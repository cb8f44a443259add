using System.Buffers.Binary;
using System.Collections.Concurrent;
using Conformance.Audio;

namespace Conformance.Emulator.Agent.Clips;

/// <summary>
/// Pre-encodes each clip once per leg format and shares the result across calls (thread-safe,
/// lazy per clip × format), so that a call only picks frames. Resampling is delay-compensated:
/// sample n of the clip at any rate is the same instant as sample n·R/R₀ of the master. Opus is
/// the dominant cost (one encoder pass per clip at 48 kHz, 20 ms packets).
/// </summary>
public sealed class ClipCache
{
    private readonly ClipCatalog _catalog;
    private readonly ConcurrentDictionary<(string Id, int Rate), Lazy<short[]>> _pcm = new();
    private readonly ConcurrentDictionary<(string Id, ClipFormat Format), Lazy<EncodedClip>> _encoded = new();

    public ClipCache(ClipCatalog catalog, int opusBitrate = 32_000)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        OpusBitrate = opusBitrate;
    }

    public ClipCatalog Catalog => _catalog;

    public int OpusBitrate { get; }

    /// <summary>Number of clip × format encodings made so far.</summary>
    public int EncodedCount => _encoded.Count(e => e.Value.IsValueCreated);

    public EncodedClip Get(string clipId, ClipFormat format)
    {
        if (format.Validate() is { } problem)
        {
            throw new ArgumentException($"Unsupported clip format {format}: {problem}.", nameof(format));
        }

        var clip = _catalog[clipId];
        return _encoded.GetOrAdd((clipId, format), key => new Lazy<EncodedClip>(() => Encode(clip, key.Format))).Value;
    }

    /// <summary>The clip as PCM16 at <paramref name="sampleRate"/>, exactly <see cref="Clip.SamplesAt"/> long.</summary>
    public ReadOnlyMemory<short> Pcm(string clipId, int sampleRate)
    {
        var clip = _catalog[clipId];
        return _pcm.GetOrAdd((clipId, sampleRate), key => new Lazy<short[]>(() => Resample(clip, key.Rate))).Value;
    }

    /// <summary>Encodes every clip in every given format now (e.g. at start-up).</summary>
    public void Preload(params ClipFormat[] formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        foreach (var format in formats)
        {
            foreach (var id in _catalog.Ids)
            {
                Get(id, format);
            }
        }
    }

    /// <summary>
    /// Resamples with the filter's delay removed: the input is padded with silence so the filter
    /// flushes, and the first <see cref="Resampler.OutputLatency"/> output samples are dropped.
    /// </summary>
    internal static short[] Resample(Clip clip, int rate)
    {
        var length = checked((int)clip.SamplesAt(rate));
        if (rate == clip.SampleRate)
        {
            return clip.Samples.ToArray();
        }

        using var resampler = new Resampler(clip.SampleRate, rate, quality: 8);
        var latency = resampler.OutputLatency;
        var padding = (int)(((long)(latency + 4) * clip.SampleRate / rate) + 64);
        var input = new short[clip.Samples.Length + padding];
        clip.Samples.Span.CopyTo(input);
        var output = resampler.Process(input);
        if (output.Length < latency + length)
        {
            throw new InvalidOperationException($"Resampling '{clip.Id}' to {rate} Hz produced {output.Length} samples; {latency + length} were needed.");
        }

        return output.AsSpan(latency, length).ToArray();
    }

    private EncodedClip Encode(Clip clip, ClipFormat format)
    {
        var pcm = Pcm(clip.Id, format.SampleRate).Span;
        var frame = format.FrameSamples;
        var frames = (pcm.Length + frame - 1) / frame;
        var padded = new short[frames * frame];
        pcm.CopyTo(padded);
        return format.Encoding == ClipEncoding.Opus
            ? EncodeOpus(clip.Id, format, pcm.Length, padded, frames)
            : EncodeSamples(clip.Id, format, pcm.Length, padded, frames);
    }

    private static EncodedClip EncodeSamples(string id, ClipFormat format, int sampleCount, short[] padded, int frames)
    {
        var data = new byte[padded.Length * format.BytesPerSample];
        switch (format.Encoding)
        {
            case ClipEncoding.MuLaw:
                G711.EncodeMuLaw(padded, data);
                break;
            case ClipEncoding.ALaw:
                G711.EncodeALaw(padded, data);
                break;
            case ClipEncoding.Pcm16BigEndian:
                for (var i = 0; i < padded.Length; i++)
                {
                    BinaryPrimitives.WriteInt16BigEndian(data.AsSpan(i * 2), padded[i]);
                }

                break;
            default:
                for (var i = 0; i < padded.Length; i++)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(i * 2), padded[i]);
                }

                break;
        }

        var offsets = new int[frames + 1];
        for (var i = 0; i <= frames; i++)
        {
            offsets[i] = i * format.FrameSamples * format.BytesPerSample;
        }

        return new EncodedClip(id, format, sampleCount, data, offsets, codecDelaySamples: 0);
    }

    private EncodedClip EncodeOpus(string id, ClipFormat format, int sampleCount, short[] padded, int frames)
    {
        using var encoder = new OpusEncoder(format.SampleRate, 1, OpusApplication.Voip) { Bitrate = OpusBitrate };
        var packet = new byte[OpusFrame.MaxPacketBytes];
        var data = new List<byte>(frames * 100);
        var offsets = new int[frames + 1];
        for (var i = 0; i < frames; i++)
        {
            var n = encoder.Encode(padded.AsSpan(i * format.FrameSamples, format.FrameSamples), packet);
            data.AddRange(packet.AsSpan(0, n));
            offsets[i + 1] = data.Count;
        }

        return new EncodedClip(id, format, sampleCount, [.. data], offsets, encoder.Lookahead);
    }
}
