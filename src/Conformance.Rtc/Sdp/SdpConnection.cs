namespace Conformance.Rtc.Sdp;

/// <summary><c>c=&lt;nettype&gt; &lt;addrtype&gt; &lt;connection-address&gt;</c> (RFC 8866 §5.7).</summary>
public sealed record SdpConnection(string NetworkType, string AddressType, string Address)
{
    public override string ToString() => $"{NetworkType} {AddressType} {Address}";

    internal static SdpConnection? TryParse(string value)
    {
        var parts = value.Split(' ');
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? new SdpConnection(parts[0], parts[1], parts[2]) : null;
    }
}
