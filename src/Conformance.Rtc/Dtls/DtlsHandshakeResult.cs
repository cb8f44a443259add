using Conformance.Rtc.Srtp;
using Org.BouncyCastle.Crypto.Tls;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// A finished DTLS-SRTP handshake: the negotiated profile and the exported keying material
/// (RFC 5764 §4.2: client key | server key | client salt | server salt).
/// </summary>
public sealed class DtlsHandshakeResult
{
    internal DtlsHandshakeResult(DtlsTransport transport, DtlsRole role, SrtpProfile profile, byte[] keyingMaterial, DtlsFingerprint remoteFingerprint, DtlsSrtpSupport support)
    {
        Support = support;
        Transport = transport;
        Role = role;
        Profile = profile;
        KeyingMaterial = keyingMaterial;
        RemoteFingerprint = remoteFingerprint;
    }

    public DtlsRole Role { get; }

    public SrtpProfile Profile { get; }

    public DtlsFingerprint RemoteFingerprint { get; }

    internal DtlsTransport Transport { get; }

    internal byte[] KeyingMaterial { get; }

    internal DtlsSrtpSupport Support { get; }

    /// <summary>The peer sent close_notify after the handshake.</summary>
    public bool CloseNotifyReceived => Support.CloseNotifyReceived;

    /// <summary>Our write key+salt (outbound SRTP) and the peer's (inbound), 30 bytes each.</summary>
    public (byte[] Local, byte[] Remote) SplitKeys()
    {
        const int key = 16, salt = 14;
        var m = KeyingMaterial;
        var client = new byte[key + salt];
        var server = new byte[key + salt];
        m.AsSpan(0, key).CopyTo(client);
        m.AsSpan(key, key).CopyTo(server);
        m.AsSpan(2 * key, salt).CopyTo(client.AsSpan(key));
        m.AsSpan((2 * key) + salt, salt).CopyTo(server.AsSpan(key));
        return Role == DtlsRole.Client ? (client, server) : (server, client);
    }
}
