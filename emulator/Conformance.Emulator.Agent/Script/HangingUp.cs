using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>The agent ends the call at <see cref="AgentCue.At"/>.</summary>
public sealed record HangingUp(MediaTime At, HangUpReason Reason) : AgentCue(At);
