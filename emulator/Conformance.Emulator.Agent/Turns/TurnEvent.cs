namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// A turn-engine decision. <see cref="At"/> is when it takes effect on the media clock; the engine
/// notices things at frame ends, so events that describe an earlier instant (a speech edge) also
/// carry when they were detected.
/// </summary>
public abstract record TurnEvent(MediaTime At);
