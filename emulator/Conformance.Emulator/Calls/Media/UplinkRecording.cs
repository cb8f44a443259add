using Conformance.Audio;

namespace Conformance.Emulator.Calls.Media;

/// <summary>
/// The uplink tap of one call (specs/runtime.md RUN-040…042): the caller leg's audio on the call
/// timeline, mono PCM16 at the caller rate — every frame the turn engine heard, silence where the
/// clock filled a gap, and late samples written back over that silence at their true position.
/// Written by the call actor, read by the control API: thread-safe. Capped at
/// <see cref="MaxSeconds"/>; beyond that only the counters grow.
/// </summary>
internal sealed class UplinkRecording
{
    public const int MaxSeconds = 30 * 60;

    private const int ChunkSamples = 1 << 16;

    private readonly Lock _gate = new();
    private readonly List<short[]> _chunks = [];
    private readonly long _capacity;
    private long _length;

    public UplinkRecording(string callId, int sampleRate)
    {
        CallId = callId;
        SampleRate = sampleRate;
        _capacity = (long)sampleRate * MaxSeconds;
    }

    public string CallId { get; }

    public int SampleRate { get; }

    /// <summary>Samples that did not fit under the cap.</summary>
    public long DroppedSamples { get; private set; }

    public long Length
    {
        get
        {
            lock (_gate)
            {
                return _length;
            }
        }
    }

    /// <summary>Writes <paramref name="samples"/> at <paramref name="position"/> (appending, or overwriting earlier silence).</summary>
    public void Write(long position, ReadOnlySpan<short> samples)
    {
        lock (_gate)
        {
            var fits = (int)Math.Clamp(_capacity - position, 0, samples.Length);
            DroppedSamples += samples.Length - fits;
            samples = samples[..fits];
            while (!samples.IsEmpty)
            {
                var chunk = (int)(position / ChunkSamples);
                var offset = (int)(position % ChunkSamples);
                while (_chunks.Count <= chunk)
                {
                    _chunks.Add(new short[ChunkSamples]);
                }

                var count = Math.Min(samples.Length, ChunkSamples - offset);
                samples[..count].CopyTo(_chunks[chunk].AsSpan(offset));
                samples = samples[count..];
                position += count;
                _length = Math.Max(_length, position);
            }
        }
    }

    /// <summary>The recording so far as a WAV file (RIFF PCM16 mono).</summary>
    public byte[] ToWav()
    {
        short[] samples;
        lock (_gate)
        {
            samples = new short[_length];
            for (long at = 0; at < _length; at += ChunkSamples)
            {
                var count = (int)Math.Min(ChunkSamples, _length - at);
                _chunks[(int)(at / ChunkSamples)].AsSpan(0, count).CopyTo(samples.AsSpan((int)at));
            }
        }

        return WavFile.ToBytes(new WavAudio(samples, SampleRate));
    }
}
