namespace Conformance.Gherkin.Bindings;

/// <summary>Thrown by a step that is written but not implemented yet: the step is reported as pending, not failed.</summary>
public sealed class PendingStepException : Exception
{
    public PendingStepException()
        : base("This step is pending (not implemented yet).")
    {
    }

    public PendingStepException(string message)
        : base(message)
    {
    }

    public PendingStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
