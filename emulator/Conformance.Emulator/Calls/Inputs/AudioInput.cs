namespace Conformance.Emulator.Calls.Inputs;

/// <summary>Decoded caller samples (a pooled array: the actor returns it) received at clock timestamp <paramref name="At"/>, with the caller's stream position when known.</summary>
public sealed record AudioInput(short[] Samples, int Count, long? Position, long At) : ActorInput;
