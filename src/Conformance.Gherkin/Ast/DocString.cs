namespace Conformance.Gherkin.Ast;

/// <summary>A doc string; <see cref="Delimiter"/> is <c>"""</c> or <c>```</c> (or longer fences in Markdown).</summary>
public sealed record DocString(Location Location, string? MediaType, string Content, string Delimiter);
