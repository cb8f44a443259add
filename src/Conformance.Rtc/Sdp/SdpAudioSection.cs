using System.Globalization;

namespace Conformance.Rtc.Sdp;

/// <summary>
/// Writes this side's audio m-section (JSEP RFC 8829 §5.2.1/§5.3.1): ICE and DTLS attributes,
/// rtcp-mux, the codecs, our SSRC, and one non-trickled host candidate followed by
/// end-of-candidates (RFC 8840 §4.1).
/// </summary>
internal static class SdpAudioSection
{
    /// <summary>Host type preference 126 (RFC 8445 §5.1.2.2), one local preference, RTP component 1.</summary>
    public static readonly uint HostPriority = Ice.IceCandidate.ComputePriority(126, 65535, 1);

    public static SdpMediaDescription Build(
        SdpLocalParameters local,
        string mid,
        string setup,
        SdpDirection direction,
        IReadOnlyList<(SdpRtpMap Map, string? Fmtp)> codecs)
    {
        var address = local.HostCandidate.Address.ToString();
        var addressType = local.HostCandidate.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "IP6" : "IP4";
        var attributes = new List<SdpAttribute>
        {
            new("mid", mid),
            new("ice-ufrag", local.Ice.UserFragment),
            new("ice-pwd", local.Ice.Password),
            new("fingerprint", local.Fingerprint.ToAttributeValue()),
            new("setup", setup),
            new(direction.ToSdpName(), null),
            new("rtcp-mux", null),
        };
        foreach (var (map, fmtp) in codecs)
        {
            attributes.Add(new("rtpmap", map.ToAttributeValue()));
            if (fmtp is not null)
            {
                attributes.Add(new("fmtp", $"{map.PayloadType.ToString(CultureInfo.InvariantCulture)} {fmtp}"));
            }
        }

        if (direction.CanSend())
        {
            var ssrc = local.Ssrc.ToString(CultureInfo.InvariantCulture);
            attributes.Add(new("ssrc", $"{ssrc} cname:{local.CName}"));
            attributes.Add(new("ssrc", $"{ssrc} msid:{local.StreamId} {local.TrackId}"));
            attributes.Add(new("msid", $"{local.StreamId} {local.TrackId}"));
        }

        var candidate = new Ice.IceCandidate("1", 1, "udp", HostPriority, address, local.HostCandidate.Port, "host");
        attributes.Add(new("candidate", candidate.ToAttributeValue()));
        attributes.Add(new("end-of-candidates", null));

        return new SdpMediaDescription
        {
            Media = "audio",
            Port = local.HostCandidate.Port,
            Protocol = "UDP/TLS/RTP/SAVPF",
            Formats = codecs.Select(c => c.Map.PayloadType.ToString(CultureInfo.InvariantCulture)).ToList(),
            Connection = new SdpConnection("IN", addressType, address),
            Attributes = attributes,
        };
    }

    /// <summary>RFC 8866 §5.2 / RFC 8829 §5.2.1: o=- &lt;random id&gt; &lt;version&gt; IN IP4|IP6 &lt;our address&gt;.</summary>
    public static SdpOrigin Origin(SdpLocalParameters local, int version)
    {
        var v6 = local.HostCandidate.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        return new("-", local.SessionId.ToString(CultureInfo.InvariantCulture), version.ToString(CultureInfo.InvariantCulture),
            "IN", v6 ? "IP6" : "IP4", local.HostCandidate.Address.ToString());
    }
}
