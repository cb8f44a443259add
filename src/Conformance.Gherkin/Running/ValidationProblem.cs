namespace Conformance.Gherkin.Running;

/// <summary>
/// Something that would make scenarios fail before any of them runs: a parse error, a bad step
/// definition, an undefined or ambiguous step (with a snippet that would define it).
/// </summary>
public sealed record ValidationProblem(ValidationProblemKind Kind, string Where, string Message, string? Snippet = null)
{
    public override string ToString() => $"{Where}: {Message}" + (Snippet is null ? "" : $"\n{Snippet}");
}
