namespace Conformance.Streams.Playout;

/// <summary>A pending mark was dropped by a clear without an echo (<see cref="PendingMarksOnClear.Discard"/>).</summary>
public sealed record MarkDiscarded(long At, string Name, long StreamPosition) : PlayoutEvent(At);
