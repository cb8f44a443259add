namespace Conformance.Rtc;

internal enum CounterKind
{
    DatagramsReceived,
    UnknownDropped,
    StunMalformed,
    StunUnauthorized,
    StunIgnored,
    StunAnswered,
    DtlsDropped,
    RtpDropped,
    SrtpFailures,
    RtcpReceived,
    RtcpDropped,
    RtpReceived,
    UnknownPayloadType,
    FramesDecoded,
    FramesConcealed,
    DecodeErrors,
    FramesDroppedSlowReader,
    PacketsSent,
    SendRejected,
}
