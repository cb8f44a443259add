using System.Text.RegularExpressions;
using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Parsing;

/// <summary>The tokenizer for plain <c>.feature</c> files.</summary>
internal sealed partial class ClassicTokenMatcher : ITokenMatcher
{
    private readonly string _defaultLanguage;
    private GherkinDialect _dialect = GherkinDialects.English;
    private string? _activeDocStringSeparator;
    private int _indentToRemove;

    public ClassicTokenMatcher(string defaultLanguage = GherkinDialects.DefaultLanguage)
    {
        _defaultLanguage = defaultLanguage;
        Reset();
    }

    public void Reset()
    {
        if (_dialect.Language != _defaultLanguage)
        {
            ChangeDialect(_defaultLanguage, null);
        }

        _activeDocStringSeparator = null;
        _indentToRemove = 0;
    }

    public bool Match(TokenType type, Token token) => type switch
    {
        TokenType.EOF => MatchEof(token),
        TokenType.Empty => MatchEmpty(token),
        TokenType.Comment => MatchComment(token),
        TokenType.TagLine => MatchTagLine(token),
        TokenType.FeatureLine => MatchTitleLine(token, TokenType.FeatureLine, _dialect.Feature),
        TokenType.RuleLine => MatchTitleLine(token, TokenType.RuleLine, _dialect.Rule),
        TokenType.BackgroundLine => MatchTitleLine(token, TokenType.BackgroundLine, _dialect.Background),
        TokenType.ScenarioLine => MatchTitleLine(token, TokenType.ScenarioLine, _dialect.Scenario)
            || MatchTitleLine(token, TokenType.ScenarioLine, _dialect.ScenarioOutline),
        TokenType.ExamplesLine => MatchTitleLine(token, TokenType.ExamplesLine, _dialect.Examples),
        TokenType.StepLine => MatchStepLine(token),
        TokenType.DocStringSeparator => MatchDocStringSeparator(token),
        TokenType.TableRow => MatchTableRow(token),
        TokenType.Language => MatchLanguage(token),
        TokenType.Other => MatchOther(token),
        _ => false,
    };

    [GeneratedRegex(@"^\s*#\s*language\s*:\s*([a-zA-Z\-_]+)\s*$")]
    private static partial Regex LanguagePattern();

    private bool MatchEof(Token token)
    {
        if (!token.IsEof)
        {
            return false;
        }

        SetMatched(token, TokenType.EOF);
        return true;
    }

    private bool MatchEmpty(Token token)
    {
        if (token.Line is not { IsEmpty: true })
        {
            return false;
        }

        SetMatched(token, TokenType.Empty, indent: 0);
        return true;
    }

    private bool MatchComment(Token token)
    {
        if (token.Line is not { } line || !line.StartsWith("#"))
        {
            return false;
        }

        // The whole line, leading whitespace included.
        SetMatched(token, TokenType.Comment, line.GetLineText(0), indent: 0);
        return true;
    }

    private bool MatchTagLine(Token token)
    {
        if (token.Line is not { } line || !line.StartsWith("@"))
        {
            return false;
        }

        SetMatched(token, TokenType.TagLine, items: line.GetTags());
        return true;
    }

    private bool MatchTitleLine(Token token, TokenType type, IReadOnlyList<string> keywords)
    {
        if (token.Line is not { } line)
        {
            return false;
        }

        foreach (var keyword in keywords)
        {
            if (line.StartsWithTitleKeyword(keyword))
            {
                SetMatched(token, type, line.GetRestTrimmed(keyword.Length + 1), keyword);
                return true;
            }
        }

        return false;
    }

    private bool MatchStepLine(Token token)
    {
        if (token.Line is not { } line)
        {
            return false;
        }

        foreach (var keyword in _dialect.StepKeywords)
        {
            if (line.StartsWith(keyword))
            {
                SetMatched(token, TokenType.StepLine, line.GetRestTrimmed(keyword.Length), keyword, keywordType: _dialect.KeywordTypeOf(keyword));
                return true;
            }
        }

        return false;
    }

    private bool MatchDocStringSeparator(Token token) =>
        _activeDocStringSeparator is null
            ? MatchDocStringSeparator(token, "\"\"\"", isOpen: true) || MatchDocStringSeparator(token, "```", isOpen: true)
            : MatchDocStringSeparator(token, _activeDocStringSeparator, isOpen: false);

    private bool MatchDocStringSeparator(Token token, string separator, bool isOpen)
    {
        if (token.Line is not { } line || !line.StartsWith(separator))
        {
            return false;
        }

        string? mediaType = null;
        if (isOpen)
        {
            mediaType = line.GetRestTrimmed(separator.Length);
            _activeDocStringSeparator = separator;
            _indentToRemove = line.Indent;
        }
        else
        {
            _activeDocStringSeparator = null;
            _indentToRemove = 0;
        }

        SetMatched(token, TokenType.DocStringSeparator, mediaType, separator);
        return true;
    }

    private bool MatchTableRow(Token token)
    {
        if (token.Line is not { } line || !line.StartsWith("|"))
        {
            return false;
        }

        SetMatched(token, TokenType.TableRow, items: line.GetTableCells());
        return true;
    }

    private bool MatchLanguage(Token token)
    {
        if (token.Line is not { } line)
        {
            return false;
        }

        var match = LanguagePattern().Match(line.TrimmedText);
        if (!match.Success)
        {
            return false;
        }

        var language = match.Groups[1].Value;
        SetMatched(token, TokenType.Language, language);
        ChangeDialect(language, token.Location);
        return true;
    }

    private bool MatchOther(Token token)
    {
        if (token.Line is not { } line)
        {
            return false;
        }

        // Inside a doc string, the fence's indentation is removed and an escaped fence unescaped
        // (the first on the line, as the reference implementation does).
        var text = line.GetLineText(_indentToRemove);
        text = _activeDocStringSeparator switch
        {
            "\"\"\"" => ReplaceFirst(text, "\\\"\\\"\\\"", "\"\"\""),
            "```" => ReplaceFirst(text, "\\`\\`\\`", "```"),
            _ => text,
        };
        SetMatched(token, TokenType.Other, text, indent: 0);
        return true;
    }

    private void ChangeDialect(string language, Location? location)
    {
        if (!GherkinDialects.TryGet(language, out var dialect))
        {
            var what = $"Language not supported: {language}";
            if (GherkinDialects.MissingTableNote is { } note)
            {
                what += $" ({note})";
            }

            throw new GherkinSyntaxException(ParseError.At(
                ParseErrorKind.UnsupportedLanguage, location ?? new Location(-1, -1), what));
        }

        _dialect = dialect;
    }

    private void SetMatched(
        Token token,
        TokenType type,
        string? text = null,
        string? keyword = null,
        int? indent = null,
        StepKeywordType? keywordType = null,
        IReadOnlyList<LineSpan>? items = null)
    {
        token.MatchedType = type;
        token.MatchedText = text;
        token.MatchedKeyword = keyword;
        token.MatchedKeywordType = keywordType;
        token.MatchedIndent = indent ?? token.Line?.Indent ?? 0;
        token.MatchedItems = items ?? [];
        token.Column = token.MatchedIndent + 1;
        token.MatchedLanguage = _dialect.Language;
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
