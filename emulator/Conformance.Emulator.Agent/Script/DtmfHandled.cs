using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>A caller digit reached the agent at <see cref="AgentCue.At"/>; <see cref="Matched"/> when a rule answers it.</summary>
public sealed record DtmfHandled(MediaTime At, string Digit, bool Matched) : AgentCue(At);
