namespace Conformance.Streams.Generic;

/// <summary>
/// <c>error</c>: Omnia lists the type without a shape; ours is <c>{"type":"error","code":…,"message":…}</c>
/// with <c>code</c> the <see cref="StreamViolationCode"/> name (or another stable token).
/// </summary>
public sealed record GenericError(string Code, string Message) : GenericServerMessage
{
    public static GenericError From(StreamViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new(violation.Code.ToString(), $"{violation.Location}: {violation.Message}");
    }
}
