using System.Text.RegularExpressions;
using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// The tokenizer for Markdown with Gherkin (<c>.feature.md</c>, Cucumber's MARKDOWN_WITH_GHERKIN.md):
/// headers (<c># Scenario: …</c>) are keyword lines, bullets (<c>* Given …</c>) are steps, tags are
/// in backticks, tables are indented 2–5 spaces, fenced code blocks are doc strings, and any other
/// line is ignored. The first line that is not a tag line is the feature line, keyword or not.
/// Its quirks (a matcher that probes all others; state that is not reset when a fence closes) are
/// the reference implementation's and are kept so the corpus compares equal.
/// </summary>
internal sealed partial class MarkdownTokenMatcher : ITokenMatcher
{
    private const string HeaderPrefix = @"^(#{1,6}\s)";
    private const string BulletPrefix = @"^(\s*[*+-]\s*)";

    // Compiling the keyword patterns costs more than parsing a file, so they are made once per language.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Patterns> s_patterns = new(StringComparer.Ordinal);

    private readonly GherkinDialect _dialect;
    private readonly Regex _feature;
    private readonly Regex _background;
    private readonly Regex _rule;
    private readonly Regex _scenario;
    private readonly Regex _scenarioOutline;
    private readonly Regex _examples;
    private readonly Regex _step;
    private Regex? _closingFence;
    private int _indentToRemove;
    private bool _matchedFeatureLine;

    public MarkdownTokenMatcher(string language = GherkinDialects.DefaultLanguage)
    {
        if (!GherkinDialects.TryGet(language, out var dialect))
        {
            throw new ArgumentException($"Language not supported: {language}", nameof(language));
        }

        _dialect = dialect;
        var patterns = s_patterns.GetOrAdd(language, _ => Patterns.For(dialect));
        (_feature, _background, _rule, _scenario, _scenarioOutline, _examples, _step) =
            (patterns.Feature, patterns.Background, patterns.Rule, patterns.Scenario, patterns.ScenarioOutline, patterns.Examples, patterns.Step);
    }

    public void Reset() => _closingFence = null;

    public bool Match(TokenType type, Token token) => type switch
    {
        TokenType.EOF => MatchEof(token),
        TokenType.Empty => MatchEmpty(token),
        TokenType.Comment => MatchComment(token),
        TokenType.TagLine => MatchTagLine(token),
        TokenType.FeatureLine => MatchFeatureLine(token),
        TokenType.RuleLine => MatchTitleLine(token, _rule, TokenType.RuleLine),
        TokenType.BackgroundLine => MatchTitleLine(token, _background, TokenType.BackgroundLine),
        TokenType.ScenarioLine => MatchTitleLine(token, _scenario, TokenType.ScenarioLine)
            || MatchTitleLine(token, _scenarioOutline, TokenType.ScenarioLine),
        TokenType.ExamplesLine => MatchTitleLine(token, _examples, TokenType.ExamplesLine),
        TokenType.StepLine => MatchTitleLine(token, _step, TokenType.StepLine),
        TokenType.DocStringSeparator => MatchDocStringSeparator(token),
        TokenType.TableRow => MatchTableRow(token),
        TokenType.Language => SetMatched(token, null, false),
        TokenType.Other => MatchOther(token),
        _ => false,
    };

    [GeneratedRegex("^(```[`]*)(.*)")]
    private static partial Regex DefaultDocStringSeparator();

    // Gherkin tables are indented 2–5 spaces, so they are told apart from Markdown's own tables.
    [GeneratedRegex(@"^\s\s\s?\s?\s?\|")]
    private static partial Regex IndentedTableRow();

    [GeneratedRegex("^:?-+:?$")]
    private static partial Regex GfmSeparatorCell();

    [GeneratedRegex("`(@[^`]+)`")]
    private static partial Regex BacktickTag();

    private static Regex TitleRegex(string prefix, IEnumerable<string> keywords, string suffix) =>
        new($"{prefix}({string.Join('|', keywords.Select(Regex.Escape))}){suffix}(.*)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private bool MatchEmpty(Token token)
    {
        var line = token.Line!;
        var result = line.IsEmpty;

        // Any line that is nothing else is ignored: that is how prose is skipped. (Probing the
        // other matchers has their side effects, as in the reference implementation.)
        if (!MatchTagLine(token)
            && !MatchFeatureLine(token)
            && !Match(TokenType.ScenarioLine, token)
            && !MatchTitleLine(token, _background, TokenType.BackgroundLine)
            && !MatchTitleLine(token, _examples, TokenType.ExamplesLine)
            && !MatchTitleLine(token, _rule, TokenType.RuleLine)
            && !MatchTableRow(token)
            && !MatchComment(token)
            && !MatchDocStringSeparator(token)
            && !MatchEof(token)
            && !MatchTitleLine(token, _step, TokenType.StepLine))
        {
            result = true;
        }

        if (!result)
        {
            return SetMatched(token, null, false);
        }

        // An ignored line is at column 1, as in plain Gherkin.
        token.MatchedType = TokenType.Empty;
        return SetMatched(token, 0, true);
    }

    private bool MatchOther(Token token)
    {
        token.MatchedType = TokenType.Other;
        token.MatchedText = token.Line!.GetLineText(_indentToRemove);
        return SetMatched(token, null, true);
    }

    // A Markdown table's separator row (| --- | :-: |) is skipped like a comment, but not kept.
    private bool MatchComment(Token token)
    {
        var result = token.Line is { } line && line.StartsWith("|") && IsGfmTableSeparator(line.GetTableCells());
        if (!result)
        {
            return SetMatched(token, null, false);
        }

        token.MatchedType = TokenType.Empty;
        return SetMatched(token, 0, true);
    }

    private bool MatchDocStringSeparator(Token token)
    {
        // An open fence of three or more backticks is closed by exactly the same fence.
        var match = (_closingFence ?? DefaultDocStringSeparator()).Match(token.Line?.TrimmedText ?? "");
        var result = false;
        if (match.Success && match.Groups[1].Length > 0)
        {
            var fence = match.Groups[1].Value;
            if (_closingFence is null)
            {
                _closingFence = new Regex($"^({fence})$", RegexOptions.CultureInvariant);
                _indentToRemove = token.Line!.Indent;
            }
            else
            {
                _closingFence = null;
            }

            token.MatchedKeyword = fence;
            token.MatchedType = TokenType.DocStringSeparator;
            token.MatchedText = match.Groups.Count > 2 ? match.Groups[2].Value : "";
            result = true;
        }

        return SetMatched(token, null, result);
    }

    private bool MatchEof(Token token)
    {
        if (token.IsEof)
        {
            token.MatchedType = TokenType.EOF;
        }

        return SetMatched(token, null, token.IsEof);
    }

    private bool MatchFeatureLine(Token token)
    {
        if (_matchedFeatureLine)
        {
            return SetMatched(token, null, false);
        }

        // "# Feature: name", or else whatever the first line is: a Markdown document need not
        // start with a Gherkin header.
        var result = MatchTitleLine(token, _feature, TokenType.FeatureLine);
        if (!result)
        {
            token.MatchedType = TokenType.FeatureLine;
            token.MatchedText = token.Line!.TrimmedText;
            result = SetMatched(token, null, true);
        }

        _matchedFeatureLine = result;
        return result;
    }

    private bool MatchTitleLine(Token token, Regex pattern, TokenType type)
    {
        var line = token.Line!;
        var match = pattern.Match(line.TrimmedText);
        var indent = line.Indent;
        if (match.Success)
        {
            var keyword = match.Groups[2].Value;
            token.MatchedType = type;
            token.MatchedKeyword = keyword;
            if (type == TokenType.StepLine)
            {
                token.MatchedKeywordType = _dialect.KeywordTypeOf(keyword);
            }

            token.MatchedText = GherkinWhitespace.Trim(match.Groups[3].Value);
            indent += match.Groups[1].Length;
        }

        return SetMatched(token, indent, match.Success);
    }

    private static bool MatchTableRow(Token token)
    {
        var line = token.Line!;
        if (!IndentedTableRow().IsMatch(line.Text))
        {
            return false;
        }

        var cells = line.GetTableCells();
        if (IsGfmTableSeparator(cells))
        {
            return false;
        }

        token.MatchedKeyword = "|";
        token.MatchedType = TokenType.TableRow;
        token.MatchedItems = cells;
        token.Column = line.Indent + 1;
        return true;
    }

    private static bool MatchTagLine(Token token)
    {
        var line = token.Line!;
        var tags = BacktickTag().Matches(line.TrimmedText)
            .Select(m => new LineSpan(line.Indent + m.Index + 2, m.Groups[1].Value))
            .ToArray();
        if (tags.Length == 0)
        {
            return false;
        }

        token.MatchedType = TokenType.TagLine;
        token.MatchedItems = tags;
        token.Column = line.Indent + 1;
        return true;
    }

    private static bool IsGfmTableSeparator(IReadOnlyList<LineSpan> cells) =>
        cells.Any(c => GfmSeparatorCell().IsMatch(c.Text));

    private bool SetMatched(Token token, int? indent, bool matched)
    {
        token.MatchedLanguage = _dialect.Language;
        token.MatchedIndent = indent ?? token.Line?.Indent ?? 0;
        token.Column = token.MatchedIndent + 1;
        return matched;
    }

    private sealed record Patterns(Regex Feature, Regex Background, Regex Rule, Regex Scenario, Regex ScenarioOutline, Regex Examples, Regex Step)
    {
        public static Patterns For(GherkinDialect dialect)
        {
            var steps = dialect.Given.Concat(dialect.When).Concat(dialect.Then).Concat(dialect.And).Concat(dialect.But)
                .Where(k => k != "* ").Distinct(StringComparer.Ordinal).OrderByDescending(k => k.Length).ToArray();
            return new Patterns(
                TitleRegex(HeaderPrefix, dialect.Feature, ":"),
                TitleRegex(HeaderPrefix, dialect.Background, ":"),
                TitleRegex(HeaderPrefix, dialect.Rule, ":"),
                TitleRegex(HeaderPrefix, dialect.Scenario, ":"),
                TitleRegex(HeaderPrefix, dialect.ScenarioOutline, ":"),
                TitleRegex(HeaderPrefix, dialect.Examples, ":"),
                TitleRegex(BulletPrefix, steps, ""));
        }
    }
}
