using System.Globalization;
using System.Net;
using System.Text;

namespace Conformance.Rtc.Ice;

/// <summary>
/// An ICE candidate as carried in SDP (RFC 8839 §5.1):
/// <c>candidate:&lt;foundation&gt; &lt;component&gt; &lt;transport&gt; &lt;priority&gt; &lt;address&gt; &lt;port&gt; typ &lt;type&gt; [raddr ..] [rport ..] *(name value)</c>.
/// </summary>
public sealed record IceCandidate(
    string Foundation,
    int Component,
    string Transport,
    uint Priority,
    string Address,
    int Port,
    string Type,
    IReadOnlyList<KeyValuePair<string, string>>? Extensions = null)
{
    public bool IsUdp => string.Equals(Transport, "udp", StringComparison.OrdinalIgnoreCase);

    /// <summary>The endpoint when the address is a literal IP (mDNS names are not resolved here).</summary>
    public IPEndPoint? EndPoint => IPAddress.TryParse(Address, out var ip) ? new IPEndPoint(ip, Port) : null;

    /// <summary>RFC 8445 §5.1.2.1: (2^24)·type preference + (2^8)·local preference + (256 − component).</summary>
    public static uint ComputePriority(int typePreference, int localPreference, int component) =>
        (uint)((typePreference << 24) + (localPreference << 8) + (256 - component));

    public static IceCandidate? TryParse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.StartsWith("candidate:", StringComparison.Ordinal))
        {
            value = value["candidate:".Length..];
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 8 || parts[6] != "typ"
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var component) || component is < 1 or > 256
            || !uint.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var priority)
            || !int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535
            || (parts.Length - 8) % 2 != 0)
        {
            return null;
        }

        var extensions = new List<KeyValuePair<string, string>>();
        for (var i = 8; i + 1 < parts.Length; i += 2)
        {
            extensions.Add(new(parts[i], parts[i + 1]));
        }

        return new IceCandidate(parts[0], component, parts[2], priority, parts[4], port, parts[7], extensions);
    }

    /// <summary>The attribute value, without the <c>candidate:</c> name.</summary>
    public string ToAttributeValue()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Foundation} {Component} {Transport} {Priority} {Address} {Port} typ {Type}");
        foreach (var (name, value) in Extensions ?? [])
        {
            text.Append(' ').Append(name).Append(' ').Append(value);
        }

        return text.ToString();
    }
}
