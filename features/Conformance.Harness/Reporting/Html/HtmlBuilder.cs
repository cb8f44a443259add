using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Conformance.Harness.Reporting.Html;

/// <summary>
/// Builds HTML (and inline SVG) where escaping is the default: in <c>Add($"&lt;td&gt;{name}&lt;/td&gt;")</c>
/// the literal parts are markup and every hole is text, escaped for both element content and
/// double-quoted attributes; only a <see cref="Markup"/> value goes in unescaped. Numbers are
/// formatted with the invariant culture, so the output is the same on every machine.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _text = new();

    public int Length => _text.Length;

    public HtmlBuilder Add([InterpolatedStringHandlerArgument("")] ref Handler html)
    {
        _ = html;
        return this;
    }

    /// <summary>Like <see cref="Add(ref Handler)"/>, then a line break.</summary>
    public HtmlBuilder Line([InterpolatedStringHandlerArgument("")] ref Handler html)
    {
        _ = html;
        _text.Append('\n');
        return this;
    }

    public HtmlBuilder Add(Markup markup)
    {
        _text.Append(markup.Html);
        return this;
    }

    public HtmlBuilder Text(string? text)
    {
        Escape(_text, text);
        return this;
    }

    public Markup ToMarkup() => new(_text.ToString());

    public override string ToString() => _text.ToString();

    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c>, and replaces what neither HTML nor XML allows (C0 controls
    /// but tab, LF and CR; DEL and C1; U+FFFE/U+FFFF; unpaired surrogates) with U+FFFD, so hostile
    /// text can neither break the page nor make the inline SVG ill-formed.
    /// </summary>
    public static string Escape(string? text)
    {
        var builder = new StringBuilder();
        Escape(builder, text);
        return builder.ToString();
    }

    private static void Escape(StringBuilder builder, string? text)
    {
        text ??= "";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                case < ' ' or (>= '\u007f' and <= '\u009f') or '\uFFFE' or '\uFFFF': builder.Append('\uFFFD'); break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    builder.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF': builder.Append('\uFFFD'); break;
                default: builder.Append(c); break;
            }
        }
    }

    /// <summary>Invariant digits (<c>0.#</c> unless told), and never "-0".</summary>
    public static string Number(double value, string? format = null)
    {
        var text = value.ToString(format ?? "0.#", CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.AsSpan(1).TrimStart("0.").IsEmpty ? text[1..] : text;
    }

    [InterpolatedStringHandler]
    public readonly ref struct Handler
    {
        private readonly StringBuilder _text;

        public Handler(int literalLength, int formattedCount, HtmlBuilder builder)
        {
            _ = formattedCount;
            _text = builder._text;
            _text.EnsureCapacity(_text.Length + literalLength);
        }

        public void AppendLiteral(string markup) => _text.Append(markup);

        public void AppendFormatted(string? text) => Escape(_text, text);

        public void AppendFormatted(Markup markup) => _text.Append(markup.Html);

        public void AppendFormatted(int value) => _text.Append(value.ToString(CultureInfo.InvariantCulture));

        public void AppendFormatted(long value) => _text.Append(value.ToString(CultureInfo.InvariantCulture));

        public void AppendFormatted(double value) => _text.Append(Number(value));

        public void AppendFormatted(double value, string? format) => _text.Append(Number(value, format));

        public void AppendFormatted<T>(T value) => Escape(_text, Convert.ToString(value, CultureInfo.InvariantCulture));
    }
}
