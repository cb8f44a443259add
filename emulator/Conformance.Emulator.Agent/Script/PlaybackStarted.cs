using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// Clip <see cref="ClipId"/> starts going out at <see cref="AgentCue.At"/> as playback
/// <see cref="PlaybackId"/>. <see cref="Ordinal"/> numbers the agent's utterances from 1 (Omnia
/// transcript <c>ordinal</c>); <see cref="TurnIndex"/> is the caller turn it answers (0: none).
/// </summary>
public sealed record PlaybackStarted(
    MediaTime At,
    int PlaybackId,
    string ClipId,
    PlaybackPurpose Purpose,
    int TurnIndex,
    int Ordinal,
    bool Interruptible,
    string Transcript,
    long DurationSamples) : AgentCue(At);
