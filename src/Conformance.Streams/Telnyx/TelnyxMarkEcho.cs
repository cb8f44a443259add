namespace Conformance.Streams.Telnyx;

/// <summary><c>mark</c> echoed: the media before it finished, or a <c>clear</c> flushed it.</summary>
public sealed record TelnyxMarkEcho(long SequenceNumber, string StreamId, string Name) : TelnyxProviderMessage;
