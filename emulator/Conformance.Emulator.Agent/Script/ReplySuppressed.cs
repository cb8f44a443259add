using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>A committed turn (or a digit) that gets no reply, and why.</summary>
public sealed record ReplySuppressed(MediaTime At, int TurnIndex, string? Dtmf, SuppressionReason Reason, string? Detail) : AgentCue(At);
