using System.Net;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Sdp;

namespace Conformance.Rtc.Tests.Support;

/// <summary>Fixed local transport facts for pure SDP tests (no sockets, no certificates).</summary>
internal static class TestLocal
{
    public static SdpLocalParameters Parameters(int port = 40000) => new(
        new IceCredentials("locl", "localpassword0123456789+/"),
        new DtlsFingerprint("sha-256", Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()),
        new IPEndPoint(IPAddress.Loopback, port),
        0x11223344,
        "cname-test",
        "stream-test",
        "track-test",
        4242);
}
