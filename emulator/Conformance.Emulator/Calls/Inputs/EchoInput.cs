namespace Conformance.Emulator.Calls.Inputs;

/// <summary>A mark/checkpoint the provider echoed.</summary>
public sealed record EchoInput(string Name) : ActorInput;
