namespace Conformance.Rtc.Srtp;

/// <summary>libsrtp2 is missing or refused to create a session.</summary>
public sealed class SrtpException : Exception
{
    public SrtpException()
    {
    }

    public SrtpException(string message)
        : base(message)
    {
    }

    public SrtpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SrtpException(SrtpError error, string operation)
        : base($"libsrtp2 {operation} failed: {error}")
    {
        Error = error;
    }

    public SrtpError Error { get; }
}
