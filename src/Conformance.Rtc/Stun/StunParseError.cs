namespace Conformance.Rtc.Stun;

/// <summary>Why a datagram is not a well-formed STUN message (RFC 8489 §6, §14).</summary>
public enum StunParseError
{
    None = 0,
    TooShort,
    NotStun,
    BadMagicCookie,
    LengthMismatch,
    LengthNotMultipleOfFour,
    AttributeOverrun,
    AttributeAfterFingerprint,
    BadIntegrityLength,
    BadFingerprintLength,
}
