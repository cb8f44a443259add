namespace Conformance.Gherkin.Parsing;

/// <summary>A piece of a line (a tag or a table cell) and its 1-based column.</summary>
internal readonly record struct LineSpan(int Column, string Text);
