namespace Conformance.Emulator.Agent.Turns;

/// <summary>The inactivity timeout expired, counted from <see cref="Since"/>; the script acts per <see cref="Action"/>.</summary>
public sealed record InactivityTimedOut(MediaTime At, MediaTime Since, InactivityAction Action) : TurnEvent(At);
