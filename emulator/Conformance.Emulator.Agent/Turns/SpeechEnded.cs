namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// Speech ended at <see cref="TurnEvent.At"/> — the end of the last voiced frame — detected once
/// <c>silenceThresholdMs</c> of unvoiced frames followed it.
/// </summary>
public sealed record SpeechEnded(MediaTime At, MediaTime DetectedAt, MediaTime Start, SpeechDisposition Disposition) : TurnEvent(At)
{
    public double DurationMs => At.Milliseconds - Start.Milliseconds;
}
