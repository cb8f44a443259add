namespace Conformance.Gherkin.Ast;

public sealed record Rule(
    Location Location,
    IReadOnlyList<Tag> Tags,
    string Keyword,
    string Name,
    string Description,
    IReadOnlyList<RuleChild> Children,
    string Id);
