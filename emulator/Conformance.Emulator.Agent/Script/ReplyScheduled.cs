using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// A reply to turn <see cref="TurnIndex"/> (or to digit <see cref="Dtmf"/>) will start at
/// <see cref="StartAt"/> = <see cref="AgentCue.At"/> + think latency (later if audio is still
/// playing), chosen by <see cref="Rule"/>.
/// </summary>
public sealed record ReplyScheduled(MediaTime At, int PlaybackId, string ClipId, int TurnIndex, string? Dtmf, MediaTime StartAt, string Rule) : AgentCue(At);
