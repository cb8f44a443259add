namespace Conformance.Rtc.Rtcp;

/// <summary>An RTCP packet kept as bytes (SDES, APP, feedback, XR, ...).</summary>
public sealed record RtcpUnknownPacket(RtcpPacketType Type, byte[] Bytes) : RtcpPacket
{
    public override RtcpPacketType Type { get; } = Type;

    public override int WrittenLength => Bytes.Length;

    public override bool TryWrite(Span<byte> destination, out int written)
    {
        written = 0;
        if (!Bytes.AsSpan().TryCopyTo(destination))
        {
            return false;
        }

        written = Bytes.Length;
        return true;
    }
}
