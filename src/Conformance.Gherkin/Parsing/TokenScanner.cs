namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Splits the source into lines (LF or CRLF) and hands them out as tokens; after the last line,
/// end-of-file tokens. A final blank line (the newline at the end of the file) is not a line.
/// </summary>
internal sealed class TokenScanner
{
    private readonly string[] _lines;
    private int _lineNumber;

    public TokenScanner(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith('\r'))
            {
                lines[i] = lines[i][..^1];
            }
        }

        if (lines.Length > 0 && GherkinWhitespace.Trim(lines[^1]).Length == 0)
        {
            lines = lines[..^1];
        }

        _lines = lines;
    }

    public Token Read()
    {
        var lineNumber = ++_lineNumber;
        return lineNumber <= _lines.Length ? new Token(new GherkinLine(_lines[lineNumber - 1], lineNumber), lineNumber) : new Token(null, lineNumber);
    }
}
