namespace Conformance.Rtc.Srtp;

/// <summary>
/// DTLS-SRTP protection profiles (RFC 5764 §4.1.2) this stack keys; the numbers are the use_srtp
/// identifiers and libsrtp's srtp_profile_t values alike.
/// </summary>
public enum SrtpProfile
{
    AesCm128HmacSha1Tag80 = 1,
    AesCm128HmacSha1Tag32 = 2,
}
