namespace Conformance.Rtc.Sdp;

/// <summary>
/// A line this model does not interpret (<c>i= u= e= p= b= z= k= r=</c>, RFC 8866 §5), kept
/// verbatim so descriptions round-trip.
/// </summary>
public sealed record SdpLine(char Type, string Value, int Line = 0)
{
    public override string ToString() => $"{Type}={Value}";
}
