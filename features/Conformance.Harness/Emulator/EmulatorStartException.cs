namespace Conformance.Harness.Emulator;

/// <summary>The emulator process could not be started or never said it was ready.</summary>
public sealed class EmulatorStartException : Exception
{
    public EmulatorStartException()
    {
    }

    public EmulatorStartException(string message)
        : base(message)
    {
    }

    public EmulatorStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
