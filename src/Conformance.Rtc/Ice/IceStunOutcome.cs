namespace Conformance.Rtc.Ice;

/// <summary>What the ICE agent made of one STUN datagram (the connection counts each kind).</summary>
internal enum IceStunOutcome
{
    /// <summary>A valid check: answered, and the sender is now a validated endpoint.</summary>
    Answered,
    /// <summary>A valid check that also selected (or changed) the endpoint media goes to.</summary>
    Selected,
    /// <summary>A success response to one of our checks.</summary>
    ResponseAccepted,
    /// <summary>A success response that selected the pair (controlling side).</summary>
    ResponseSelected,
    /// <summary>Not STUN after all, or malformed: dropped silently.</summary>
    Malformed,
    /// <summary>Bad FINGERPRINT, USERNAME or MESSAGE-INTEGRITY: answered with an error or dropped.</summary>
    Unauthorized,
    /// <summary>Well-formed but not for us (unknown transaction, indication, other method).</summary>
    Ignored,
    /// <summary>An error response to one of our checks.</summary>
    ErrorResponse,
}
