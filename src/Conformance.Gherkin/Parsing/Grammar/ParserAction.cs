namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>What the parser tells the AST builder when it takes a transition.</summary>
internal readonly record struct ParserAction(ParserActionKind Kind, RuleType Rule)
{
    public static readonly ParserAction Build = new(ParserActionKind.Build, RuleType.None);

    public override string ToString() => Kind == ParserActionKind.Build ? "Build" : $"{Kind}({Rule})";
}
