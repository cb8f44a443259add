namespace Conformance.Emulator.Http;

/// <summary>Thrown by <see cref="RequestBody"/>; rendered by the error middleware through the surface's mapping.</summary>
public sealed class RequestBodyException : Exception
{
    public RequestBodyException()
    {
    }

    public RequestBodyException(string message)
        : base(message)
    {
    }

    public RequestBodyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RequestBodyException(RequestProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    public RequestProblem Problem { get; }
}
