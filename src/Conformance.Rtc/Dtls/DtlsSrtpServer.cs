using System.Collections;
using Org.BouncyCastle.Crypto.Tls;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// BouncyCastle DTLS 1.2 server for DTLS-SRTP (RFC 5764): ECDSA credentials, asks for the client's
/// certificate and checks it against the SDP fingerprint, selects a use_srtp profile, exports keys.
/// platform-notes §2 lists the 1.8.x pitfalls this follows (versions, base extensions first).
/// </summary>
internal sealed class DtlsSrtpServer(DtlsSrtpSupport support) : DefaultTlsServer
{
    private int _profile;

    protected override ProtocolVersion MinimumVersion => ProtocolVersion.DTLSv10;

    protected override ProtocolVersion MaximumVersion => ProtocolVersion.DTLSv12;

    protected override int[] GetCipherSuites() => DtlsSrtpSupport.CipherSuites;

    public override int GetHandshakeTimeoutMillis() => support.HandshakeTimeoutMillis;

    protected override TlsSignerCredentials GetECDsaSignerCredentials() =>
        new DefaultTlsSignerCredentials(mContext, support.Certificate.BcCertificate, support.Certificate.PrivateKey,
            new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));

    public override CertificateRequest GetCertificateRequest()
    {
        IList? algorithms = null;
        if (TlsUtilities.IsSignatureAlgorithmsExtensionAllowed(mServerVersion))
        {
            algorithms = new ArrayList
            {
                new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa),
                new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.rsa),
            };
        }

        return new CertificateRequest([ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign], algorithms, null);
    }

    public override void NotifyClientCertificate(Certificate clientCertificate) => support.CheckPeerCertificate(clientCertificate);

    public override void ProcessClientExtensions(IDictionary clientExtensions)
    {
        base.ProcessClientExtensions(clientExtensions);
        _profile = support.ChooseProfile(clientExtensions);
    }

    public override IDictionary GetServerExtensions()
    {
        var extensions = TlsExtensionsUtilities.EnsureExtensionsInitialised(base.GetServerExtensions());
        TlsSRTPUtils.AddUseSrtpExtension(extensions, new UseSrtpData([_profile], []));
        return extensions;
    }

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        support.ExportKeys(mContext);
    }

    public override void NotifyAlertRaised(byte alertLevel, byte alertDescription, string message, Exception cause) =>
        support.NoteAlert(alertLevel, alertDescription, received: false);

    public override void NotifyAlertReceived(byte alertLevel, byte alertDescription) =>
        support.NoteAlert(alertLevel, alertDescription, received: true);
}
