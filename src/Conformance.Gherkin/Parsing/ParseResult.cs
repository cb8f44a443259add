using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Parsing;

/// <summary>Either a document (no errors) or the errors (no document).</summary>
public sealed record ParseResult(GherkinDocument? Document, IReadOnlyList<ParseError> Errors)
{
    public bool Succeeded => Document is not null;
}
