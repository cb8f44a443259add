namespace Conformance.Gherkin.Ast;

/// <summary>A Scenario/Example, or a Scenario Outline/Template when it has <see cref="Examples"/>.</summary>
public sealed record Scenario(
    Location Location,
    IReadOnlyList<Tag> Tags,
    string Keyword,
    string Name,
    string Description,
    IReadOnlyList<Step> Steps,
    IReadOnlyList<Examples> Examples,
    string Id);
