namespace Conformance.Rtc.Dtls;

/// <summary>Which end of the DTLS handshake this side plays (RFC 5763 §5: a=setup active = client).</summary>
public enum DtlsRole
{
    Server = 0,
    Client,
}
