namespace Conformance.Audio;

/// <summary>
/// A whole WAV file in memory: PCM16 samples (decoded when the file was µ-law or A-law), the
/// sample rate, the channel count and the encoding the file used (or will use when written).
/// </summary>
public sealed class WavAudio
{
    public WavAudio(ReadOnlyMemory<short> samples, int sampleRate, int channels = 1, AudioEncoding encoding = AudioEncoding.Pcm16)
    {
        WavFile.ValidateFormat(sampleRate, channels);
        if (!Enum.IsDefined(encoding))
        {
            throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding.");
        }

        if (samples.Length % channels != 0)
        {
            throw new ArgumentException($"{samples.Length} samples is not a whole number of {channels}-channel sample frames.", nameof(samples));
        }

        Samples = samples;
        SampleRate = sampleRate;
        Channels = channels;
        Encoding = encoding;
    }

    /// <summary>Interleaved PCM16 samples.</summary>
    public ReadOnlyMemory<short> Samples { get; }

    public int SampleRate { get; }

    public int Channels { get; }

    /// <summary>How the samples are (or will be) stored in the file.</summary>
    public AudioEncoding Encoding { get; }

    public int SamplesPerChannel => Samples.Length / Channels;

    public TimeSpan Duration => SampleClock.ToTimeSpan(SamplesPerChannel, SampleRate);

    /// <summary>The same audio, to be written with another encoding (e.g. µ-law for a telephony leg).</summary>
    public WavAudio WithEncoding(AudioEncoding encoding) => new(Samples, SampleRate, Channels, encoding);

    /// <summary>Cuts the audio into whole frames (the last one padded with silence), timestamps from 0.</summary>
    public IReadOnlyList<PcmFrame> ToFrames(int frameMs = 20)
    {
        var framer = new PcmFramer(SampleRate, Channels, frameMs);
        var frames = new List<PcmFrame>(framer.Write(Samples.Span));
        if (framer.Flush() is { } last)
        {
            frames.Add(last);
        }

        return frames;
    }
}
