using System.Collections;
using Conformance.Rtc.Srtp;
using Org.BouncyCastle.Crypto.Tls;

namespace Conformance.Rtc.Dtls;

/// <summary>What the DTLS server and client share: suites, use_srtp, fingerprint check, key export.</summary>
internal sealed class DtlsSrtpSupport(DtlsCertificate certificate, DtlsFingerprint expectedRemote, int handshakeTimeoutMillis)
{
    /// <summary>Our use_srtp preference (RFC 5764 §4.1.2); libsrtp keys both.</summary>
    public static readonly int[] Profiles = [SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80, SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_32];

    /// <summary>ECDHE-ECDSA only: our certificate is ECDSA, and browsers offer these (platform-notes §1b: 0xC02B).</summary>
    public static readonly int[] CipherSuites =
    [
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
    ];

    public DtlsCertificate Certificate { get; } = certificate;

    public int HandshakeTimeoutMillis { get; } = handshakeTimeoutMillis;

    public DtlsFailureReason? Failure { get; private set; }

    public string? FailureDetail { get; private set; }

    public DtlsFingerprint? RemoteFingerprint { get; private set; }

    public SrtpProfile? Profile { get; private set; }

    public byte[]? KeyingMaterial { get; private set; }

    /// <summary>The peer ended the session with close_notify (RFC 5246 §7.2.1).</summary>
    public bool CloseNotifyReceived { get; private set; }

    /// <summary>RFC 8122 §5 / RFC 5763 §5: the peer's certificate must hash to the SDP fingerprint.</summary>
    public void CheckPeerCertificate(Certificate? peer)
    {
        if (peer is null || peer.IsEmpty)
        {
            Fail(DtlsFailureReason.NoPeerCertificate, "The peer sent no certificate; its SDP fingerprint cannot be checked.");
            throw new TlsFatalAlert(AlertDescription.handshake_failure);
        }

        var der = peer.GetCertificateAt(0).GetEncoded();
        var actual = DtlsFingerprint.Compute(expectedRemote.Algorithm, der);
        RemoteFingerprint = actual;
        if (actual is null || !actual.Equals(expectedRemote))
        {
            Fail(DtlsFailureReason.FingerprintMismatch, $"The peer's certificate hashes to {actual}, but its SDP said {expectedRemote}.");
            throw new TlsFatalAlert(AlertDescription.bad_certificate);
        }
    }

    /// <summary>Picks the first of our profiles the peer offers, or fails (RFC 5764 §4.1.1).</summary>
    public int ChooseProfile(IDictionary? clientExtensions)
    {
        var offered = clientExtensions is null ? null : TlsSRTPUtils.GetUseSrtpExtension(clientExtensions);
        foreach (var profile in Profiles)
        {
            if (offered is not null && Array.IndexOf(offered.ProtectionProfiles, profile) >= 0)
            {
                Profile = (SrtpProfile)profile;
                return profile;
            }
        }

        Fail(DtlsFailureReason.NoSrtpProfile, "The peer offered no SRTP protection profile we support (AES_CM_128_HMAC_SHA1_80/32).");
        throw new TlsFatalAlert(AlertDescription.handshake_failure);
    }

    public void AcceptServerProfile(IDictionary? serverExtensions)
    {
        var chosen = serverExtensions is null ? null : TlsSRTPUtils.GetUseSrtpExtension(serverExtensions);
        if (chosen is null || chosen.ProtectionProfiles.Length != 1 || Array.IndexOf(Profiles, chosen.ProtectionProfiles[0]) < 0)
        {
            Fail(DtlsFailureReason.NoSrtpProfile, "The server did not select one of our SRTP protection profiles.");
            throw new TlsFatalAlert(AlertDescription.illegal_parameter);
        }

        Profile = (SrtpProfile)chosen.ProtectionProfiles[0];
    }

    /// <summary>RFC 5764 §4.2: 2 × (16-byte key + 14-byte salt) from the "EXTRACTOR-dtls_srtp" exporter.</summary>
    public void ExportKeys(TlsContext context) =>
        KeyingMaterial = context.ExportKeyingMaterial(ExporterLabel.dtls_srtp, null, 2 * (16 + 14));

    public void NoteAlert(byte level, byte description, bool received)
    {
        if (received && description == AlertDescription.close_notify)
        {
            CloseNotifyReceived = true;
        }

        if (level == AlertLevel.fatal && Failure is null)
        {
            Fail(received ? DtlsFailureReason.AlertReceived : DtlsFailureReason.ProtocolError,
                $"Fatal alert {(received ? "received" : "sent")}: {AlertDescription.GetText(description)}.");
        }
    }

    private void Fail(DtlsFailureReason reason, string detail)
    {
        Failure ??= reason;
        FailureDetail ??= detail;
    }
}
