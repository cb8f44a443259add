using System.Diagnostics.CodeAnalysis;

namespace Conformance.Rtc.Sdp;

/// <summary>
/// One <c>a=</c> line (RFC 8866 §5.13): a property attribute (<c>a=rtcp-mux</c>, Value null) or a
/// value attribute (<c>a=mid:0</c>). The value is kept verbatim so a description round-trips.
/// </summary>
/// <param name="Line">1-based line in the parsed text, 0 when built in code.</param>
[SuppressMessage("Naming", "CA1711", Justification = "'Attribute' is the SDP term (RFC 8866 §5.13), not a .NET attribute.")]
public sealed record SdpAttribute(string Name, string? Value, int Line = 0)
{
    public override string ToString() => Value is null ? Name : $"{Name}:{Value}";
}
