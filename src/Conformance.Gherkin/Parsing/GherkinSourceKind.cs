namespace Conformance.Gherkin.Parsing;

public enum GherkinSourceKind
{
    /// <summary><c>text/x.cucumber.gherkin+plain</c>: a <c>.feature</c> file.</summary>
    Plain,

    /// <summary><c>text/x.cucumber.gherkin+markdown</c>: Markdown with Gherkin, a <c>.feature.md</c> file.</summary>
    Markdown,
}
