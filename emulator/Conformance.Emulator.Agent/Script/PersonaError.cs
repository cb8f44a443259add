namespace Conformance.Emulator.Agent.Script;

/// <summary>One problem in a persona file, with its position (1-based line and column; 0 when unknown).</summary>
public sealed record PersonaError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}
