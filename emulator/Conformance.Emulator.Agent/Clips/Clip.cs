namespace Conformance.Emulator.Agent.Clips;

/// <summary>
/// One of the scripted agent's recorded utterances: mono PCM16 at its master rate, with the text
/// it says (for Omnia <c>transcript</c> / Everruns <c>voice.*</c> events).
/// </summary>
public sealed class Clip
{
    public Clip(string id, ReadOnlyMemory<short> samples, int sampleRate, string transcript)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(transcript);
        if (sampleRate is not (8000 or 16000 or 24000 or 48000))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "Clips are 8, 16, 24 or 48 kHz.");
        }

        if (samples.IsEmpty)
        {
            throw new ArgumentException($"Clip '{id}' has no audio.", nameof(samples));
        }

        Id = id;
        Samples = samples;
        SampleRate = sampleRate;
        Transcript = transcript;
    }

    public string Id { get; }

    public ReadOnlyMemory<short> Samples { get; }

    public int SampleRate { get; }

    public string Transcript { get; }

    public double DurationMs => Samples.Length * 1000.0 / SampleRate;

    /// <summary>
    /// The clip's length at another rate: ⌊samples × rate / master rate⌋. Every encoding the
    /// <see cref="ClipCache"/> makes has exactly this many samples, so the session's timing and the
    /// bytes on the wire agree.
    /// </summary>
    public long SamplesAt(int sampleRate) => (long)Samples.Length * sampleRate / SampleRate;
}
