namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Whitespace as the reference parser sees it: ECMAScript's <c>\s</c> and <c>String.prototype.trim</c>
/// (ECMA-262 §12.2 WhiteSpace + §12.3 LineTerminator), which includes U+FEFF and excludes U+0085,
/// unlike <see cref="char.IsWhiteSpace(char)"/>. Using one definition keeps columns and trimmed
/// texts identical to the corpus.
/// </summary>
internal static class GherkinWhitespace
{
    public static bool Is(char c) => c == '\uFEFF' || (c != '\u0085' && char.IsWhiteSpace(c));

    public static string Trim(string s) => TrimEnd(TrimStart(s));

    public static string TrimStart(string s)
    {
        var i = 0;
        while (i < s.Length && Is(s[i]))
        {
            i++;
        }

        return i == 0 ? s : s[i..];
    }

    public static string TrimEnd(string s)
    {
        var end = s.Length;
        while (end > 0 && Is(s[end - 1]))
        {
            end--;
        }

        return end == s.Length ? s : s[..end];
    }

    /// <summary>Code points, not UTF-16 units: an emoji is one column.</summary>
    public static int CountSymbols(string s)
    {
        var count = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }
}
