namespace Conformance.Streams.Playout;

/// <summary>The caller stopped hearing agent audio: the queue ran dry or was cleared.</summary>
public sealed record PlayoutStopped(long At, long StreamPosition, bool Cleared) : PlayoutEvent(At);
