using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>The agent went listening → thinking (reply scheduled) → speaking (audio out) → listening.</summary>
public sealed record ActivityChanged(MediaTime At, AgentActivity Activity) : AgentCue(At);
