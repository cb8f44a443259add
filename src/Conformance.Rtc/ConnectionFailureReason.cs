namespace Conformance.Rtc;

/// <summary>Why a connection failed or closed; None for ordinary transitions.</summary>
public enum ConnectionFailureReason
{
    None = 0,
    /// <summary>No ICE candidate pair succeeded in time (offerer) or no valid check arrived (answerer).</summary>
    IceTimeout,
    /// <summary>The answer carried no candidate this socket can reach.</summary>
    IceNoUsableCandidate,
    /// <summary>Nothing arrived from the peer for the idle timeout (RFC 7675 consent lost).</summary>
    ConsentLost,
    DtlsTimeout,
    DtlsFingerprintMismatch,
    DtlsFailed,
    SrtpFailed,
    SocketError,
    /// <summary>The peer ended DTLS with close_notify (RFC 5246 §7.2.1).</summary>
    RemoteClosed,
    /// <summary>This side closed the connection.</summary>
    LocalClosed,
    /// <summary>A defect in this stack while handling the call (the message says what).</summary>
    InternalError,
}
