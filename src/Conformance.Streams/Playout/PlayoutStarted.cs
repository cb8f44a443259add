namespace Conformance.Streams.Playout;

/// <summary>The caller started hearing agent audio (the queue went from empty to playing).</summary>
public sealed record PlayoutStarted(long At, long StreamPosition) : PlayoutEvent(At);
