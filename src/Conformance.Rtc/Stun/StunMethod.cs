namespace Conformance.Rtc.Stun;

/// <summary>STUN methods this stack speaks (RFC 8489 §18.2); others parse but are not answered.</summary>
public enum StunMethod
{
    Binding = 0x001,
}
