namespace Conformance.Rtc;

internal enum PeerCommandKind
{
    Datagram,
    Tick,
    SendAudio,
    SendEncoded,
    SendDigit,
    Skip,
    ResetEncoder,
    DtlsFinished,
    Invoke,
    Close,
}
