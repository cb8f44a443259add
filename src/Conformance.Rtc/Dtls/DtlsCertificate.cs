using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Tls;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// A self-signed ECDSA P-256 certificate for DTLS-SRTP (RFC 8827 §6.5: WebRTC endpoints use
/// self-signed certificates authenticated by the SDP fingerprint). Generation costs tens of ms,
/// so one certificate is normally shared by every connection of a process (<see cref="GetShared"/>).
/// </summary>
public sealed class DtlsCertificate
{
    private static readonly Lock s_sharedGate = new();
    private static DtlsCertificate? s_shared;

    private DtlsCertificate(byte[] der, AsymmetricKeyParameter privateKey)
    {
        Der = der;
        PrivateKey = privateKey;
        BcCertificate = new Certificate([X509CertificateStructure.GetInstance(der)]);
        Fingerprint = DtlsFingerprint.Compute("sha-256", der)!;
    }

    public byte[] Der { get; }

    public DtlsFingerprint Fingerprint { get; }

    internal AsymmetricKeyParameter PrivateKey { get; }

    internal Certificate BcCertificate { get; }

    public static DtlsCertificate Generate(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var random = new SecureRandom();
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(SecObjectIdentifiers.SecP256r1, random));
        var pair = generator.GenerateKeyPair();

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var builder = new X509V3CertificateGenerator();
        builder.SetSerialNumber(new BigInteger(62, random).Add(BigInteger.One));
        var name = new X509Name("CN=conformance-rtc");
        builder.SetIssuerDN(name);
        builder.SetSubjectDN(name);
        builder.SetNotBefore(now.AddDays(-1));
        builder.SetNotAfter(now.AddDays(30));
        builder.SetPublicKey(pair.Public);
        var certificate = builder.Generate(new Asn1SignatureFactory("SHA256WITHECDSA", pair.Private, random));
        return new DtlsCertificate(certificate.GetEncoded(), pair.Private);
    }

    /// <summary>One certificate per process, made on first use.</summary>
    public static DtlsCertificate GetShared(TimeProvider timeProvider)
    {
        lock (s_sharedGate)
        {
            return s_shared ??= Generate(timeProvider);
        }
    }
}
