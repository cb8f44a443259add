namespace Conformance.Rtc.Sdp;

/// <summary>Media direction attributes (RFC 8866 §6.7; RFC 3264 §6.1 for how an answer mirrors them).</summary>
public enum SdpDirection
{
    SendRecv = 0,
    SendOnly,
    RecvOnly,
    Inactive,
}
