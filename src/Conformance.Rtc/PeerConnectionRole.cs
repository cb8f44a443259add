namespace Conformance.Rtc;

/// <summary>Which side of offer/answer a connection took (decided by the first description call).</summary>
public enum PeerConnectionRole
{
    None = 0,
    Answerer,
    Offerer,
}
