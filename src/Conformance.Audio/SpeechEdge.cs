namespace Conformance.Audio;

/// <summary>A speech start or end reported by <see cref="SpeechDetector"/>, at an exact media position.</summary>
/// <param name="IsStart">True for speech start, false for speech end.</param>
/// <param name="Timestamp">Media timestamp in samples per channel: the start of the first voiced frame (start) or the end of the last voiced frame (end).</param>
/// <param name="SampleRate">Clock rate of <paramref name="Timestamp"/>.</param>
public readonly record struct SpeechEdge(bool IsStart, long Timestamp, int SampleRate)
{
    public double Milliseconds => SampleClock.ToMilliseconds(Timestamp, SampleRate);

    public TimeSpan MediaTime => SampleClock.ToTimeSpan(Timestamp, SampleRate);
}
