namespace Conformance.Gherkin.Running;

/// <summary>An object could not be created: nothing registered for an interface, a cycle, or a constructor that threw.</summary>
public sealed class ServiceResolutionException : Exception
{
    public ServiceResolutionException()
    {
    }

    public ServiceResolutionException(string message)
        : base(message)
    {
    }

    public ServiceResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
