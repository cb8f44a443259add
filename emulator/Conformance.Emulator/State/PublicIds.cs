using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Conformance.Emulator.State;

/// <summary>
/// Identifier formats. Everruns public ids are <c>{prefix}_{32 lowercase hex}</c> (a UUIDv7 in
/// simple form; docs.everruns.com/advanced/id-schema); the other vendors' formats are recorded
/// in specs/ where the docs are silent.
/// </summary>
public static partial class PublicIds
{
    /// <summary><c>{prefix}_{32 hex}</c> from a UUIDv7 stamped with <paramref name="now"/> (time-ordered, like the vendor's).</summary>
    public static string NewPrefixed(string prefix, DateTimeOffset now) =>
        $"{prefix}_{Guid.CreateVersion7(now):N}";

    public static string NewHex(int bytes = 16) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>A URL-safe unguessable token (RFC 4648 §5 base64url, no padding).</summary>
    public static string NewToken(int bytes = 32) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool IsPrefixedHex(string? value, string prefix) =>
        value is not null
        && value.Length == prefix.Length + 1 + 32
        && value.StartsWith(prefix, StringComparison.Ordinal)
        && value[prefix.Length] == '_'
        && IsLowerHex(value.AsSpan(prefix.Length + 1));

    /// <summary>E.164: '+', then 2–15 digits, the first not 0 (ITU-T E.164 §6).</summary>
    public static bool IsE164(string? value) => value is not null && E164Regex().IsMatch(value);

    private static bool IsLowerHex(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164Regex();
}
