using System.Collections;
using Org.BouncyCastle.Crypto.Tls;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// BouncyCastle DTLS 1.2 client for DTLS-SRTP (RFC 5764): offers use_srtp, checks the server's
/// certificate against the SDP fingerprint, presents our ECDSA certificate, exports keys.
/// </summary>
internal sealed class DtlsSrtpClient(DtlsSrtpSupport support) : DefaultTlsClient
{
    public override ProtocolVersion ClientVersion => ProtocolVersion.DTLSv12;

    public override ProtocolVersion MinimumVersion => ProtocolVersion.DTLSv10;

    public override int[] GetCipherSuites() => DtlsSrtpSupport.CipherSuites;

    public override int GetHandshakeTimeoutMillis() => support.HandshakeTimeoutMillis;

    public override IDictionary GetClientExtensions()
    {
        var extensions = TlsExtensionsUtilities.EnsureExtensionsInitialised(base.GetClientExtensions());
        TlsSRTPUtils.AddUseSrtpExtension(extensions, new UseSrtpData(DtlsSrtpSupport.Profiles, []));
        return extensions;
    }

    public override void ProcessServerExtensions(IDictionary serverExtensions)
    {
        base.ProcessServerExtensions(serverExtensions);
        support.AcceptServerProfile(serverExtensions);
    }

    public override TlsAuthentication GetAuthentication() => new Authentication(this, support);

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        support.ExportKeys(mContext);
    }

    public override void NotifyAlertRaised(byte alertLevel, byte alertDescription, string message, Exception cause) =>
        support.NoteAlert(alertLevel, alertDescription, received: false);

    public override void NotifyAlertReceived(byte alertLevel, byte alertDescription) =>
        support.NoteAlert(alertLevel, alertDescription, received: true);

    private TlsContext Context => mContext;

    private sealed class Authentication(DtlsSrtpClient client, DtlsSrtpSupport support) : TlsAuthentication
    {
        public void NotifyServerCertificate(Certificate serverCertificate) => support.CheckPeerCertificate(serverCertificate);

        public TlsCredentials GetClientCredentials(CertificateRequest certificateRequest) =>
            new DefaultTlsSignerCredentials(client.Context, support.Certificate.BcCertificate, support.Certificate.PrivateKey,
                new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }
}
