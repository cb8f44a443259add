namespace Conformance.Rtc.Sdp;

/// <summary><c>o=&lt;username&gt; &lt;sess-id&gt; &lt;sess-version&gt; &lt;nettype&gt; &lt;addrtype&gt; &lt;unicast-address&gt;</c> (RFC 8866 §5.2).</summary>
public sealed record SdpOrigin(string UserName, string SessionId, string SessionVersion, string NetworkType, string AddressType, string Address)
{
    public override string ToString() => $"{UserName} {SessionId} {SessionVersion} {NetworkType} {AddressType} {Address}";

    internal static SdpOrigin? TryParse(string value)
    {
        var parts = value.Split(' ');
        return parts.Length == 6 && parts.All(p => p.Length > 0)
            ? new SdpOrigin(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
            : null;
    }
}
