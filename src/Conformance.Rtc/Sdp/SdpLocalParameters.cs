using System.Net;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;

namespace Conformance.Rtc.Sdp;

/// <summary>This side's transport facts that go into an offer or answer.</summary>
public sealed record SdpLocalParameters(
    IceCredentials Ice,
    DtlsFingerprint Fingerprint,
    IPEndPoint HostCandidate,
    uint Ssrc,
    string CName,
    string StreamId,
    string TrackId,
    ulong SessionId);
