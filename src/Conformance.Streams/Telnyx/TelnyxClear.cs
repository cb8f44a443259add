namespace Conformance.Streams.Telnyx;

/// <summary><c>clear</c>: stop playing and empty the queue; queued marks are echoed.</summary>
public sealed record TelnyxClear(string? StreamId = null) : TelnyxAgentMessage(StreamId);
