namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Classifies lines. Stateful (current language, open doc string), so one instance per parse.
/// A match may throw <see cref="GherkinSyntaxException"/>; the parser records it and treats the
/// match as failed.
/// </summary>
internal interface ITokenMatcher
{
    void Reset();

    bool Match(TokenType type, Token token);
}
