namespace Conformance.TestSupport.Browser;

/// <summary>
/// An interop peer (a browser, a SIP client, a tool) cannot run on this machine. Interop tests let
/// it propagate so the run fails loudly instead of passing or skipping quietly.
/// </summary>
public sealed class InteropPeerUnavailableException : Exception
{
    public InteropPeerUnavailableException()
    {
    }

    public InteropPeerUnavailableException(string message)
        : base(message)
    {
    }

    public InteropPeerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
