namespace Conformance.Rtc.Dtls;

/// <summary>A DTLS handshake failed; the connection reports it as a failure event.</summary>
public sealed class DtlsHandshakeException : Exception
{
    public DtlsHandshakeException(DtlsFailureReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public DtlsHandshakeException()
        : this(DtlsFailureReason.ProtocolError, "The DTLS handshake failed.")
    {
    }

    public DtlsHandshakeException(string message)
        : this(DtlsFailureReason.ProtocolError, message)
    {
    }

    public DtlsHandshakeException(string message, Exception innerException)
        : this(DtlsFailureReason.ProtocolError, message, innerException)
    {
    }

    public DtlsFailureReason Reason { get; }
}
