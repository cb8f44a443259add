namespace Conformance.Gherkin.Ast;

public sealed record Background(
    Location Location,
    string Keyword,
    string Name,
    string Description,
    IReadOnlyList<Step> Steps,
    string Id);
