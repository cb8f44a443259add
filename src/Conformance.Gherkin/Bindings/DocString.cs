namespace Conformance.Gherkin.Bindings;

/// <summary>A step's doc string as a step method receives it.</summary>
public sealed record DocString(string Content, string? MediaType)
{
    public override string ToString() => Content;
}
