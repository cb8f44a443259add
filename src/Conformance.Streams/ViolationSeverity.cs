namespace Conformance.Streams;

/// <summary>
/// <see cref="ViolationSeverity.Error"/>: the message is unusable and the peer would reject it
/// (close the socket or send the protocol's error). <see cref="ViolationSeverity.Warning"/>:
/// the message was understood, but it departs from the documented shape (a conformance finding).
/// </summary>
public enum ViolationSeverity
{
    Warning,
    Error,
}
