namespace Conformance.Rtc.Transport;

/// <summary>What a datagram on the shared media port carries, by its first byte (RFC 7983 §7).</summary>
public enum PacketKind
{
    Unknown = 0,
    Stun,
    Dtls,
    Rtp,
    Rtcp,
}
