namespace Conformance.Audio;

/// <summary>One utterance: from the start of its first voiced frame to the end of its last.</summary>
/// <param name="Start">First sample (per channel) of the utterance.</param>
/// <param name="End">Sample just after the utterance.</param>
/// <param name="SampleRate">Clock rate of the positions.</param>
public sealed record SpeechSegment(long Start, long End, int SampleRate)
{
    public double OnsetMs => SampleClock.ToMilliseconds(Start, SampleRate);

    public double OffsetMs => SampleClock.ToMilliseconds(End, SampleRate);

    public double DurationMs => OffsetMs - OnsetMs;
}
