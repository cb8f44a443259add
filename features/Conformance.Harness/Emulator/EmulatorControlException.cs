namespace Conformance.Harness.Emulator;

/// <summary>The emulator's control plane refused a request (status and body kept).</summary>
public sealed class EmulatorControlException : Exception
{
    public EmulatorControlException()
    {
    }

    public EmulatorControlException(string message)
        : base(message)
    {
    }

    public EmulatorControlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmulatorControlException(string request, int status, string body)
        : base($"Emulator control {request} → {status}: {body}")
    {
        Status = status;
    }

    public int Status { get; }
}
