using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// A line as the parser sees it. The matcher fills the <c>Matched*</c> fields when it classifies
/// the line; a token may be classified more than once (look-ahead), the last match wins.
/// </summary>
internal sealed class Token(GherkinLine? line, int lineNumber)
{
    public GherkinLine? Line { get; } = line;

    public bool IsEof => Line is null;

    public int LineNumber { get; } = lineNumber;

    /// <summary>Set by the matcher: the matched indentation + 1.</summary>
    public int? Column { get; set; }

    public Location Location => new(LineNumber, Column);

    public TokenType MatchedType { get; set; }

    public string? MatchedText { get; set; }

    public string? MatchedKeyword { get; set; }

    public StepKeywordType? MatchedKeywordType { get; set; }

    public int MatchedIndent { get; set; }

    public IReadOnlyList<LineSpan> MatchedItems { get; set; } = [];

    public string MatchedLanguage { get; set; } = GherkinDialects.DefaultLanguage;

    /// <summary>The line as an error message quotes it.</summary>
    public string Value => Line is null ? "EOF" : Line.GetLineText(-1);
}
