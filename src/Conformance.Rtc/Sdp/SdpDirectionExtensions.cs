namespace Conformance.Rtc.Sdp;

public static class SdpDirectionExtensions
{
    public static string ToSdpName(this SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    /// <summary>The direction an answer gives for an offered one (RFC 3264 §6.1).</summary>
    public static SdpDirection Reverse(this SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => SdpDirection.RecvOnly,
        SdpDirection.RecvOnly => SdpDirection.SendOnly,
        _ => direction,
    };

    public static bool CanSend(this SdpDirection direction) => direction is SdpDirection.SendRecv or SdpDirection.SendOnly;

    public static bool CanReceive(this SdpDirection direction) => direction is SdpDirection.SendRecv or SdpDirection.RecvOnly;
}
