using System.Globalization;
using System.Text;

namespace Conformance.Rtc.Sdp;

/// <summary>
/// One media section: <c>m=&lt;media&gt; &lt;port&gt;[/&lt;number of ports&gt;] &lt;proto&gt; &lt;fmt&gt; ...</c>
/// and the lines under it (RFC 8866 §5.14).
/// </summary>
public sealed record SdpMediaDescription
{
    public required string Media { get; init; }

    public required int Port { get; init; }

    public int? PortCount { get; init; }

    public required string Protocol { get; init; }

    public required IReadOnlyList<string> Formats { get; init; }

    public SdpConnection? Connection { get; init; }

    /// <summary>i=, b=, k= lines, in order.</summary>
    public IReadOnlyList<SdpLine> OtherLines { get; init; } = [];

    public IReadOnlyList<SdpAttribute> Attributes { get; init; } = [];

    /// <summary>1-based line of the m= line, 0 when built in code.</summary>
    public int Line { get; init; }

    /// <summary>Port 0 means the section is rejected or disabled (RFC 3264 §6, RFC 8829 §5.3.1).</summary>
    public bool IsRejected => Port == 0;

    public string? Mid => GetAttribute("mid")?.Value;

    public SdpDirection Direction =>
        HasAttribute("sendonly") ? SdpDirection.SendOnly
        : HasAttribute("recvonly") ? SdpDirection.RecvOnly
        : HasAttribute("inactive") ? SdpDirection.Inactive
        : SdpDirection.SendRecv;

    public IEnumerable<SdpRtpMap> RtpMaps =>
        GetAttributes("rtpmap").Select(a => SdpRtpMap.TryParse(a.Value)).OfType<SdpRtpMap>();

    public SdpAttribute? GetAttribute(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<SdpAttribute> GetAttributes(string name) =>
        Attributes.Where(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>The <c>a=fmtp</c> parameters for one payload type (RFC 8866 §6.15), or null.</summary>
    public string? GetFormatParameters(int payloadType)
    {
        var prefix = payloadType.ToString(CultureInfo.InvariantCulture) + " ";
        return GetAttributes("fmtp").FirstOrDefault(a => a.Value?.StartsWith(prefix, StringComparison.Ordinal) == true)?.Value?[prefix.Length..];
    }

    internal void AppendTo(StringBuilder text)
    {
        text.Append("m=").Append(Media).Append(' ').Append(Port.ToString(CultureInfo.InvariantCulture));
        if (PortCount is { } count)
        {
            text.Append('/').Append(count.ToString(CultureInfo.InvariantCulture));
        }

        text.Append(' ').Append(Protocol);
        foreach (var format in Formats)
        {
            text.Append(' ').Append(format);
        }

        text.Append("\r\n");
        foreach (var line in OtherLines.Where(l => l.Type == 'i'))
        {
            text.Append(line).Append("\r\n");
        }

        if (Connection is not null)
        {
            text.Append("c=").Append(Connection).Append("\r\n");
        }

        foreach (var line in OtherLines.Where(l => l.Type != 'i'))
        {
            text.Append(line).Append("\r\n");
        }

        foreach (var attribute in Attributes)
        {
            text.Append("a=").Append(attribute).Append("\r\n");
        }
    }
}
