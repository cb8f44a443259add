using System.Text;
using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Parsing;

/// <summary>One source line, with its indentation measured once.</summary>
internal sealed class GherkinLine
{
    private static readonly char[] s_cellTrim = [' ', '\t', '\v', '\f', '\r', '\u0085', '\u00A0'];

    public GherkinLine(string text, int lineNumber)
    {
        Text = text;
        LineNumber = lineNumber;
        TrimmedText = GherkinWhitespace.TrimStart(text);
        Indent = text.Length - TrimmedText.Length;
    }

    public string Text { get; }

    public int LineNumber { get; }

    /// <summary>The line without its leading whitespace.</summary>
    public string TrimmedText { get; }

    /// <summary>Leading whitespace characters (all of them are in the BMP, so units = columns).</summary>
    public int Indent { get; }

    public bool IsEmpty => TrimmedText.Length == 0;

    public bool StartsWith(string prefix) => TrimmedText.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>A title keyword is followed by a colon: <c>Feature:</c>, <c>Scenario Outline:</c>.</summary>
    public bool StartsWithTitleKeyword(string keyword) =>
        TrimmedText.Length > keyword.Length
        && TrimmedText.StartsWith(keyword, StringComparison.Ordinal)
        && TrimmedText[keyword.Length] == ':';

    /// <summary>
    /// The line with at most <paramref name="indentToRemove"/> leading characters removed (doc
    /// strings keep indentation beyond their opening fence's); all leading whitespace when the
    /// line is indented less, or when asked for -1.
    /// </summary>
    public string GetLineText(int indentToRemove) =>
        indentToRemove < 0 || indentToRemove > Indent ? TrimmedText : Text[indentToRemove..];

    public string GetRestTrimmed(int length) => GherkinWhitespace.Trim(TrimmedText[length..]);

    /// <summary>
    /// Cells between pipes. <c>\|</c> is a pipe, <c>\\</c> a backslash, <c>\n</c> a newline; any
    /// other escape is kept as written. Text before the first pipe and after the last is not a cell.
    /// </summary>
    public IReadOnlyList<LineSpan> GetTableCells()
    {
        var cells = new List<LineSpan>();
        var line = TrimmedText;
        var cell = new StringBuilder();
        var firstCell = true;
        var col = 0;
        var startCol = 1;
        while (col < line.Length)
        {
            var c = line[col++];
            if (c == '|')
            {
                if (firstCell)
                {
                    firstCell = false;
                }
                else
                {
                    var raw = cell.ToString();
                    var trimmedLeft = raw.TrimStart(s_cellTrim);
                    var trimmed = trimmedLeft.TrimEnd(s_cellTrim);
                    cells.Add(new LineSpan(Indent + startCol + (raw.Length - trimmedLeft.Length), trimmed));
                }

                cell.Clear();
                startCol = col + 1;
            }
            else if (c == '\\')
            {
                if (col >= line.Length)
                {
                    // A trailing backslash: the cell is never closed, so it is dropped below.
                    cell.Append('\\');
                    break;
                }

                var escaped = line[col++];
                if (escaped == 'n')
                {
                    cell.Append('\n');
                }
                else
                {
                    if (escaped != '|' && escaped != '\\')
                    {
                        cell.Append('\\');
                    }

                    cell.Append(escaped);
                }
            }
            else
            {
                cell.Append(c);
            }
        }

        return cells;
    }

    /// <summary>
    /// Tags on a tag line; a <c>#</c> after whitespace starts a comment. Throws for a tag with
    /// whitespace inside (the parser records that and goes on).
    /// </summary>
    public IReadOnlyList<LineSpan> GetTags()
    {
        var uncommented = TrimmedText;
        for (var i = 1; i < uncommented.Length; i++)
        {
            if (uncommented[i] == '#' && GherkinWhitespace.Is(uncommented[i - 1]))
            {
                uncommented = uncommented[..(i - 1)];
                break;
            }
        }

        var tags = new List<LineSpan>();
        var column = Indent + 1;
        foreach (var item in uncommented.Split('@'))
        {
            var name = GherkinWhitespace.TrimEnd(item);
            if (name.Length == 0)
            {
                continue;
            }

            if (name.Any(GherkinWhitespace.Is))
            {
                throw new GherkinSyntaxException(ParseError.At(
                    ParseErrorKind.WhitespaceInTag, new Location(LineNumber, column), "A tag may not contain whitespace"));
            }

            tags.Add(new LineSpan(column, "@" + name));
            column += GherkinWhitespace.CountSymbols(item) + 1;
        }

        return tags;
    }
}
