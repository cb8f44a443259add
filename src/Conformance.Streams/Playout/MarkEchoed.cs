namespace Conformance.Streams.Playout;

/// <summary>A mark came back: the protocol's echo (<c>mark</c> / <c>playedStream</c>) is due now.</summary>
public sealed record MarkEchoed(long At, string Name, long StreamPosition, MarkEchoReason Reason) : PlayoutEvent(At);
