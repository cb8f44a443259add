using System.Globalization;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;

namespace Conformance.Rtc.Sdp;

/// <summary>Reads the transport attributes of one media section, session-level fallbacks included.</summary>
internal static class SdpTransportReader
{
    public static IceCredentials ReadIce(SdpMessage message, SdpMediaDescription media)
    {
        var ufrag = message.GetEffectiveAttribute(media, "ice-ufrag");
        var pwd = message.GetEffectiveAttribute(media, "ice-pwd");
        if (ufrag?.Value is null || pwd?.Value is null)
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.MissingIceCredentials,
                "The audio section has no a=ice-ufrag / a=ice-pwd (RFC 8839 §5.4).", media.Line);
        }

        if (!IceCredentials.IsValidUserFragment(ufrag.Value))
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.InvalidIceCredentials,
                "a=ice-ufrag must be 4-256 ice-chars (RFC 8839 §5.4).", ufrag.Line);
        }

        if (!IceCredentials.IsValidPassword(pwd.Value))
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.InvalidIceCredentials,
                "a=ice-pwd must be 22-256 ice-chars (RFC 8839 §5.4).", pwd.Line);
        }

        return new IceCredentials(ufrag.Value, pwd.Value);
    }

    public static DtlsFingerprint ReadFingerprint(SdpMessage message, SdpMediaDescription media)
    {
        var lines = media.GetAttributes("fingerprint").ToList();
        if (lines.Count == 0)
        {
            lines = message.GetAttributes("fingerprint").ToList();
        }

        if (lines.Count == 0)
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.MissingFingerprint,
                "The audio section has no a=fingerprint; DTLS-SRTP needs one (RFC 8122 §5, RFC 5763 §5).", media.Line);
        }

        foreach (var line in lines)
        {
            var fingerprint = DtlsFingerprint.TryParse(line.Value);
            if (fingerprint is not null && DtlsFingerprint.Compute(fingerprint.Algorithm, []) is not null)
            {
                return fingerprint;
            }
        }

        var first = lines[0];
        var parsed = DtlsFingerprint.TryParse(first.Value);
        throw parsed is null
            ? new SdpNegotiationException(SdpNegotiationFailure.MissingFingerprint,
                $"'a=fingerprint:{first.Value}' is not '<hash> <hex:pairs>' (RFC 8122 §5).", first.Line)
            : new SdpNegotiationException(SdpNegotiationFailure.UnsupportedFingerprintAlgorithm,
                $"Fingerprint hash '{parsed.Algorithm}' is not supported; use sha-256, sha-384 or sha-512.", first.Line);
    }

    /// <summary>The a=setup value (RFC 4145 §4), or null when absent.</summary>
    public static SdpAttribute? ReadSetup(SdpMessage message, SdpMediaDescription media) =>
        message.GetEffectiveAttribute(media, "setup");

    public static IReadOnlyList<IceCandidate> ReadCandidates(SdpMediaDescription media) =>
        media.GetAttributes("candidate").Select(a => IceCandidate.TryParse(a.Value)).OfType<IceCandidate>().ToList();

    public static uint? ReadFirstSsrc(SdpMediaDescription media)
    {
        foreach (var a in media.GetAttributes("ssrc"))
        {
            var space = a.Value?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
            var text = space > 0 ? a.Value![..space] : a.Value;
            if (uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ssrc))
            {
                return ssrc;
            }
        }

        return null;
    }

    /// <summary>DTLS-SRTP profiles (RFC 5764 §8, RFC 8829 §5.1.2); plain RTP/AVP and SDES are not offered by browsers.</summary>
    public static bool IsDtlsSrtpProtocol(string protocol) =>
        protocol is "UDP/TLS/RTP/SAVPF" or "UDP/TLS/RTP/SAVP" or "RTP/SAVPF" or "RTP/SAVP";

    public static void RequireRtcpMux(SdpMessage message, SdpMediaDescription media)
    {
        if (message.GetEffectiveAttribute(media, "rtcp-mux") is null)
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.RtcpMuxRequired,
                "The audio section lacks a=rtcp-mux; this endpoint has one port per call (RFC 5761, RFC 8829 §4.1.1).", media.Line);
        }
    }
}
