using System.Text;

namespace Conformance.Rtc.Sdp;

/// <summary>
/// A session description (RFC 8866). <see cref="TryParse"/> collects every problem with its line
/// number instead of stopping at the first; <see cref="ToString"/> writes CRLF-terminated lines in
/// the order RFC 8866 §5 fixes, so a parsed description writes back as it came (modulo LF vs CRLF).
/// <code>
///   v=  o=  s=  [i=] [u=] [e=] [p=] [c=] [b=]* (t= [r=]*)+ [z=] [k=] [a=]*
///   ( m=  [i=] [c=]* [b=]* [k=] [a=]* )*
/// </code>
/// </summary>
public sealed record SdpMessage
{
    /// <summary>Offers from browsers are a few KiB; anything near this is abuse.</summary>
    public const int MaxLength = 64 * 1024;

    public int Version { get; init; }

    public required SdpOrigin Origin { get; init; }

    public string SessionName { get; init; } = "-";

    public SdpConnection? Connection { get; init; }

    /// <summary>t= values (RFC 8866 §5.9); WebRTC always uses "0 0".</summary>
    public IReadOnlyList<string> Timing { get; init; } = ["0 0"];

    /// <summary>Session-level i= u= e= p= b= r= z= k= lines, in order.</summary>
    public IReadOnlyList<SdpLine> OtherLines { get; init; } = [];

    public IReadOnlyList<SdpAttribute> Attributes { get; init; } = [];

    public IReadOnlyList<SdpMediaDescription> Media { get; init; } = [];

    public SdpAttribute? GetAttribute(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<SdpAttribute> GetAttributes(string name) =>
        Attributes.Where(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A media-level attribute, else the session-level one (RFC 8866 §5: media overrides session).</summary>
    public SdpAttribute? GetEffectiveAttribute(SdpMediaDescription media, string name) =>
        media.GetAttribute(name) ?? GetAttribute(name);

    public static bool TryParse(string? text, out SdpMessage message, out IReadOnlyList<SdpParseError> errors)
    {
        var parser = new SdpParser(text ?? "");
        var parsed = parser.Parse();
        errors = parser.Errors;
        message = parsed!;
        return parsed is not null && errors.Count == 0;
    }

    public override string ToString()
    {
        var text = new StringBuilder(1024);
        Line(text, 'v', Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(text, 'o', Origin.ToString());
        Line(text, 's', SessionName);
        foreach (var line in OtherLines.Where(l => l.Type is 'i' or 'u' or 'e' or 'p'))
        {
            text.Append(line).Append("\r\n");
        }

        if (Connection is not null)
        {
            Line(text, 'c', Connection.ToString());
        }

        foreach (var line in OtherLines.Where(l => l.Type == 'b'))
        {
            text.Append(line).Append("\r\n");
        }

        foreach (var timing in Timing)
        {
            Line(text, 't', timing);
        }

        foreach (var line in OtherLines.Where(l => l.Type is 'r' or 'z' or 'k'))
        {
            text.Append(line).Append("\r\n");
        }

        foreach (var attribute in Attributes)
        {
            Line(text, 'a', attribute.ToString());
        }

        foreach (var media in Media)
        {
            media.AppendTo(text);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, char type, string value) =>
        text.Append(type).Append('=').Append(value).Append("\r\n");
}
