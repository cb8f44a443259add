namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Carries a <see cref="ParseError"/> out of the tokenizer or AST builder to the parser, which
/// records it and goes on (errors are collected, not first-only). Never escapes the parser.
/// </summary>
internal sealed class GherkinSyntaxException(ParseError error) : Exception(error.Message)
{
    public ParseError Error { get; } = error;
}
