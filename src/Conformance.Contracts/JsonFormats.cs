using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Conformance.Contracts;

/// <summary>
/// The <c>format</c> assertions this validator enforces (JSON Schema 2020-12 §7.3, OpenAPI 3.1
/// §4.2 data types). Unknown formats are annotations only and always pass.
/// </summary>
internal static partial class JsonFormats
{
    public static bool IsKnownStringFormat(string format) => format is
        "date-time" or "date" or "time" or "uri" or "uri-reference" or "uuid" or "email" or "ipv4" or "ipv6" or "byte";

    public static bool IsValidString(string format, string value) => format switch
    {
        // RFC 3339 §5.6 date-time: full-date "T" full-time, with a mandatory offset.
        "date-time" => DateTimeRegex().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "time" => TimeRegex().IsMatch(value),
        // RFC 3986 §3: an absolute URI starts with a scheme (a bare "/path" is a relative reference).
        "uri" => SchemeRegex().IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _),
        "uri-reference" => Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _),
        "uuid" => Guid.TryParseExact(value, "D", out _),
        "email" => EmailRegex().IsMatch(value),
        "ipv4" => IPAddress.TryParse(value, out var v4) && v4.AddressFamily == AddressFamily.InterNetwork && value.Count(c => c == '.') == 3,
        "ipv6" => IPAddress.TryParse(value, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6,
        "byte" => IsBase64(value),
        _ => true,
    };

    public static bool IsValidNumber(string format, decimal value) => format switch
    {
        "int32" => value >= int.MinValue && value <= int.MaxValue && decimal.Truncate(value) == value,
        "int64" => value >= long.MinValue && value <= long.MaxValue && decimal.Truncate(value) == value,
        _ => true,
    };

    private static bool IsBase64(string value)
    {
        var buffer = new byte[((value.Length * 3) + 3) / 4];
        return Convert.TryFromBase64String(value, buffer, out _);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeRegex();

    [GeneratedRegex(@"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();
}
