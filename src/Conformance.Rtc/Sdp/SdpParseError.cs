namespace Conformance.Rtc.Sdp;

/// <summary>One problem in a session description, with the 1-based line it is on (0: the whole text).</summary>
public sealed record SdpParseError(int Line, SdpErrorCode Code, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
