namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// A turn committed: the speech [<see cref="SpeechStart"/>, <see cref="SpeechEnd"/>) is the caller's
/// turn number <see cref="TurnIndex"/> (from 1). <see cref="Deferred"/> when commit spacing delayed it.
/// </summary>
public sealed record TurnCommitted(MediaTime At, MediaTime SpeechStart, MediaTime SpeechEnd, int TurnIndex, bool CreateResponse, bool Deferred) : TurnEvent(At);
