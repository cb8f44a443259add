namespace Conformance.Streams.Telnyx;

/// <summary><c>mark</c>: echoed when the media before it finishes, at once when nothing is queued.</summary>
public sealed record TelnyxOutboundMark(string Name, string? StreamId = null) : TelnyxAgentMessage(StreamId);
