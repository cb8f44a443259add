namespace Conformance.Gherkin.Ast;

/// <summary>A feature. <see cref="Keyword"/> is null only in Markdown, whose first line is the feature line keyword or not.</summary>
public sealed record Feature(
    Location Location,
    IReadOnlyList<Tag> Tags,
    string Language,
    string? Keyword,
    string Name,
    string Description,
    IReadOnlyList<FeatureChild> Children);
