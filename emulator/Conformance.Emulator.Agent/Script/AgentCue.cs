using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// A decision of the scripted agent, at media time <see cref="At"/>: what to play, cut, or end.
/// The call actor journals every cue and maps it to the leg and the vendor's status events.
/// </summary>
public abstract record AgentCue(MediaTime At);
