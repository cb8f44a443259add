using Conformance.Gherkin.Parsing.Grammar;

namespace Conformance.Gherkin.Parsing;

/// <summary>A rule being built: the tokens and finished sub-rules collected under it, by kind.</summary>
internal sealed class AstNode(RuleType ruleType)
{
    private readonly Dictionary<RuleType, List<object?>> _rules = [];
    private readonly Dictionary<TokenType, List<Token>> _tokens = [];

    public RuleType RuleType { get; } = ruleType;

    public void Add(RuleType type, object? value)
    {
        if (!_rules.TryGetValue(type, out var list))
        {
            _rules[type] = list = [];
        }

        list.Add(value);
    }

    public void Add(Token token)
    {
        if (!_tokens.TryGetValue(token.MatchedType, out var list))
        {
            _tokens[token.MatchedType] = list = [];
        }

        list.Add(token);
    }

    public T? Single<T>(RuleType type)
        where T : class =>
        _rules.TryGetValue(type, out var list) && list.Count > 0 ? list[0] as T : null;

    public IEnumerable<T> Items<T>(RuleType type) =>
        _rules.TryGetValue(type, out var list) ? list.OfType<T>() : [];

    public Token? Token(TokenType type) =>
        _tokens.TryGetValue(type, out var list) && list.Count > 0 ? list[0] : null;

    public IReadOnlyList<Token> Tokens(TokenType type) =>
        _tokens.TryGetValue(type, out var list) ? list : [];
}
