namespace Conformance.Streams.Telnyx;

/// <summary><c>stop</c>: the stream ended; the socket closes after it.</summary>
public sealed record TelnyxStop(long SequenceNumber, string StreamId, string CallControlId, string? UserId = null) : TelnyxProviderMessage;
