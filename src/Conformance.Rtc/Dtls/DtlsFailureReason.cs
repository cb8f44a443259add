namespace Conformance.Rtc.Dtls;

/// <summary>Why a DTLS-SRTP handshake did not produce keys.</summary>
public enum DtlsFailureReason
{
    Timeout = 1,
    FingerprintMismatch,
    NoPeerCertificate,
    NoSrtpProfile,
    AlertReceived,
    Closed,
    ProtocolError,
}
