using System.Globalization;
using System.Security.Cryptography;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// <c>a=fingerprint:&lt;hash-func&gt; &lt;fingerprint&gt;</c> (RFC 8122 §5): a certificate digest as
/// upper-case hex pairs joined by colons. Only sha-256 is produced; sha-1/384/512 are understood.
/// </summary>
public sealed record DtlsFingerprint(string Algorithm, byte[] Digest)
{
    public string ToAttributeValue() => $"{Algorithm} {string.Join(':', Digest.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)))}";

    public override string ToString() => ToAttributeValue();

    public bool Equals(DtlsFingerprint? other) =>
        other is not null && string.Equals(Algorithm, other.Algorithm, StringComparison.OrdinalIgnoreCase) && Digest.AsSpan().SequenceEqual(other.Digest);

    public override int GetHashCode() => HashCode.Combine(Algorithm.ToUpperInvariant(), Digest.Length > 0 ? Digest[0] : 0);

    public static DtlsFingerprint? TryParse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        // RFC 8122 §5: unknown hash names still parse (so the caller can say "unsupported").
        var pairs = parts[1].Split(':');
        var expected = DigestLength(parts[0]) ?? pairs.Length;
        if (pairs.Length != expected || expected == 0)
        {
            return null;
        }

        var digest = new byte[expected];
        for (var i = 0; i < expected; i++)
        {
            if (pairs[i].Length != 2 || !byte.TryParse(pairs[i], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out digest[i]))
            {
                return null;
            }
        }

        return new DtlsFingerprint(parts[0].ToLowerInvariant(), digest);
    }

    /// <summary>The fingerprint of a DER certificate with the given hash (RFC 8122 §5).</summary>
    public static DtlsFingerprint? Compute(string algorithm, ReadOnlySpan<byte> certificateDer) => algorithm.ToLowerInvariant() switch
    {
        "sha-256" => new DtlsFingerprint("sha-256", SHA256.HashData(certificateDer)),
        "sha-384" => new DtlsFingerprint("sha-384", SHA384.HashData(certificateDer)),
        "sha-512" => new DtlsFingerprint("sha-512", SHA512.HashData(certificateDer)),
        _ => null,
    };

    public static int? DigestLength(string algorithm) => algorithm.ToLowerInvariant() switch
    {
        "sha-1" => 20,
        "sha-224" => 28,
        "sha-256" => 32,
        "sha-384" => 48,
        "sha-512" => 64,
        _ => null,
    };
}
