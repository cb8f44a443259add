namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>A terminal: one line of a kind.</summary>
internal sealed class TokenRule(TokenType token) : GrammarRule("#" + token, RuleType.None, produces: true)
{
    public TokenType Token { get; } = token;
}
