namespace Conformance.Gherkin.Ast;

/// <summary>A <c># comment</c> line, kept whole (including its leading whitespace).</summary>
public sealed record Comment(Location Location, string Text);
