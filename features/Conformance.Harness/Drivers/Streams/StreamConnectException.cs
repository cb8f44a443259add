namespace Conformance.Harness.Drivers.Streams;

/// <summary>The server refused a media-stream WebSocket (e.g. a reused single-use <c>websocketUrl</c>, HTTP 403).</summary>
public sealed class StreamConnectException : Exception
{
    public StreamConnectException()
    {
    }

    public StreamConnectException(string message)
        : base(message)
    {
    }

    public StreamConnectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StreamConnectException(Uri url, int httpStatus, Exception innerException)
        : base($"The WebSocket upgrade to {url} was refused{(httpStatus > 0 ? $" with HTTP {httpStatus}" : "")}: {innerException?.Message}", innerException)
    {
        HttpStatus = httpStatus;
    }

    /// <summary>The HTTP status the server answered the upgrade with (0 when it did not answer).</summary>
    public int HttpStatus { get; }
}
