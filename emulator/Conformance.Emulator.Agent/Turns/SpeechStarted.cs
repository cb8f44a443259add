namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// Speech started at <see cref="TurnEvent.At"/> — the start of the first voiced frame of a run of at
/// least <c>vadMinOnsetMs</c> — detected at the end of that run. <see cref="ReportedStart"/> is
/// shifted back by <c>prefixPaddingMs</c> (OpenAI's <c>audio_start_ms</c>).
/// </summary>
public sealed record SpeechStarted(MediaTime At, MediaTime DetectedAt, MediaTime ReportedStart, bool DuringAgentAudio, bool Ignored) : TurnEvent(At);
