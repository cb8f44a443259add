namespace Conformance.Harness;

/// <summary>A scenario's expectation did not hold: the message says what was expected and what was seen.</summary>
public sealed class HarnessAssertionException : Exception
{
    public HarnessAssertionException()
    {
    }

    public HarnessAssertionException(string message)
        : base(message)
    {
    }

    public HarnessAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
