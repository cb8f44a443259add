namespace Conformance.Emulator.Calls.Inputs;

/// <summary>The caller side ended the leg.</summary>
public sealed record LegEndedInput(string Reason, bool Failed) : ActorInput;
