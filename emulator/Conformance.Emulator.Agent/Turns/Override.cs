namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// An explicitly set value, so that "set to null" (e.g. mic guard off) differs from "not set".
/// </summary>
public readonly record struct Override<T>(T Value);
