namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// Barge-in: cut the agent's audio at <see cref="TurnEvent.At"/> (a frame boundary: nothing from
/// there on may go out). <see cref="TriggeredAt"/> is the caller instant that decided it: the
/// voiced frame's start (instant) or speech start + <c>bargeConfirmMs</c> (hold-and-confirm).
/// </summary>
public sealed record BargeIn(MediaTime At, MediaTime TriggeredAt, MediaTime SpeechStart, BargeInMode Mode) : TurnEvent(At);
