using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Conformance.Rtc.Stun;

/// <summary>The one place STUN's MESSAGE-INTEGRITY HMAC is computed.</summary>
internal static class StunIntegrity
{
    [SuppressMessage("Security", "CA5350", Justification = "RFC 8489 §14.5 mandates HMAC-SHA1 for MESSAGE-INTEGRITY; browsers require it.")]
    public static void Compute(ReadOnlySpan<byte> key, ReadOnlySpan<byte> covered, Span<byte> mac) =>
        HMACSHA1.HashData(key, covered, mac);
}
