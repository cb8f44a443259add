namespace Conformance.Rtc;

/// <summary>A connection failed or closed before what was awaited happened.</summary>
public sealed class PeerConnectionException : Exception
{
    public PeerConnectionException(ConnectionState state, ConnectionFailureReason reason, string message)
        : base(message)
    {
        State = state;
        Reason = reason;
    }

    public PeerConnectionException()
        : this(ConnectionState.Failed, ConnectionFailureReason.None, "The connection failed.")
    {
    }

    public PeerConnectionException(string message)
        : this(ConnectionState.Failed, ConnectionFailureReason.None, message)
    {
    }

    public PeerConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
        State = ConnectionState.Failed;
    }

    public ConnectionState State { get; }

    public ConnectionFailureReason Reason { get; }
}
