namespace Conformance.Gherkin.Ast;

/// <summary>A 1-based line and column in a source file; the column is absent at end of file.</summary>
public sealed record Location(int Line, int? Column = null)
{
    public override string ToString() => Column is { } c ? $"{Line}:{c}" : $"{Line}";
}
