namespace Conformance.Emulator.State;

/// <summary>Where an incoming SIP call stands on the OpenAI control endpoints (vendors.md §5.3).</summary>
public enum SipCallStatus
{
    Incoming,
    Accepted,
    Rejected,
    Referred,
}
