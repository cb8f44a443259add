namespace Conformance.Emulator.Calls.Inputs;

public sealed record DigitInput(string Digit) : ActorInput;
