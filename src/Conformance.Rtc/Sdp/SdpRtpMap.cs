using System.Globalization;

namespace Conformance.Rtc.Sdp;

/// <summary><c>a=rtpmap:&lt;payload type&gt; &lt;encoding name&gt;/&lt;clock rate&gt;[/&lt;channels&gt;]</c> (RFC 8866 §6.6).</summary>
public sealed record SdpRtpMap(int PayloadType, string EncodingName, int ClockRate, int Channels = 1)
{
    public string ToAttributeValue() =>
        Channels > 1 ? $"{PayloadType} {EncodingName}/{ClockRate}/{Channels}" : $"{PayloadType} {EncodingName}/{ClockRate}";

    public static SdpRtpMap? TryParse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !TryPayloadType(value[..space], out var pt))
        {
            return null;
        }

        var parts = value[(space + 1)..].Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
        {
            return null;
        }

        var channels = 1;
        if (parts.Length == 3 && (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out channels) || channels <= 0))
        {
            return null;
        }

        return new SdpRtpMap(pt, parts[0], rate, channels);
    }

    internal static bool TryPayloadType(string text, out int payloadType) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out payloadType) && payloadType is >= 0 and <= 127;
}
