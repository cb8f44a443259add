namespace Conformance.Harness.Drivers;

/// <summary>A step waited for something on a call that ended first.</summary>
public sealed class CallEndedException : Exception
{
    public CallEndedException()
    {
    }

    public CallEndedException(string message)
        : base(message)
    {
    }

    public CallEndedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
