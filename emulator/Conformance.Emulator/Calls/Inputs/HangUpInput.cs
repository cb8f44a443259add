namespace Conformance.Emulator.Calls.Inputs;

/// <summary>The call ended elsewhere (REST hang-up, lease, reset): close the leg and stop.</summary>
public sealed record HangUpInput(string Reason) : ActorInput;
