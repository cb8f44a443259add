namespace Conformance.Emulator.Http;

/// <summary>
/// Carries an <see cref="ApiError"/> out of a handler; the error middleware renders it in the
/// request's surface shape. Thrown only through each surface's throw helper.
/// </summary>
public sealed class ApiErrorException : Exception
{
    public ApiErrorException()
        : this(new ApiError(500, "internal_error", "internal error"))
    {
    }

    public ApiErrorException(string message)
        : this(new ApiError(500, "internal_error", message))
    {
    }

    public ApiErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new ApiError(500, "internal_error", message);
    }

    public ApiErrorException(ApiError error)
        : base(error?.Message)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    public ApiError Error { get; }
}
