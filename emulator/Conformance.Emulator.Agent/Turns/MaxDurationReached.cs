namespace Conformance.Emulator.Agent.Turns;

/// <summary>The call reached <c>maxDuration</c>: it ends now, whatever is playing.</summary>
public sealed record MaxDurationReached(MediaTime At) : TurnEvent(At);
