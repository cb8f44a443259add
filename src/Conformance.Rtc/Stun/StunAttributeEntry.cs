namespace Conformance.Rtc.Stun;

/// <summary>Where one attribute's value sits inside its message's bytes (RFC 8489 §14 TLV).</summary>
public readonly record struct StunAttributeEntry(StunAttributeType Type, int ValueOffset, int ValueLength);
