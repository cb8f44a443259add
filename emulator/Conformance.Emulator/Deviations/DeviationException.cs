namespace Conformance.Emulator.Deviations;

/// <summary>A deviation request the registry refuses, with a typed reason (the control plane maps it to 400/404).</summary>
public sealed class DeviationException : Exception
{
    public DeviationException()
    {
    }

    public DeviationException(string message)
        : base(message)
    {
    }

    public DeviationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeviationException(DeviationError reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public DeviationError Reason { get; }
}
