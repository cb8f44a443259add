namespace Conformance.Rtc.Srtp;

/// <summary>libsrtp2's srtp_err_status_t (srtp.h), so failures can be counted by kind.</summary>
public enum SrtpError
{
    Ok = 0,
    Fail = 1,
    BadParam = 2,
    AllocFail = 3,
    DeallocFail = 4,
    InitFail = 5,
    Terminus = 6,
    AuthFail = 7,
    CipherFail = 8,
    ReplayFail = 9,
    ReplayOld = 10,
    AlgoFail = 11,
    NoSuchOp = 12,
    NoContext = 13,
    CantCheck = 14,
    KeyExpired = 15,
    SocketError = 16,
    SignalError = 17,
    NonceBad = 18,
    ReadFail = 19,
    WriteFail = 20,
    ParseError = 21,
    EncodeError = 22,
    SemaphoreError = 23,
    PfkeyError = 24,
    BadMki = 25,
    PacketIndexOld = 26,
    PacketIndexAdvanced = 27,
}
