namespace Conformance.Emulator.Agent.Turns;

/// <summary>One invalid knob: its camelCase field name (as the vendors spell it) and why.</summary>
public sealed record TurnPolicyError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
