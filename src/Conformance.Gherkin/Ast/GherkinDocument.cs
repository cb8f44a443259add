namespace Conformance.Gherkin.Ast;

/// <summary>A parsed file: its feature (absent for an empty file) and every comment in it.</summary>
public sealed record GherkinDocument(string? Uri, Feature? Feature, IReadOnlyList<Comment> Comments);
