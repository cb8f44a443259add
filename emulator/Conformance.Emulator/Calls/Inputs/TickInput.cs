namespace Conformance.Emulator.Calls.Inputs;

/// <summary>The shared media clock reached the deadline (a clock timestamp) the actor asked for.</summary>
public sealed record TickInput(long Due) : ActorInput;
