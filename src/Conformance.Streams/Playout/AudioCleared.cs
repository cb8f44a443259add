namespace Conformance.Streams.Playout;

/// <summary>Queued audio [<see cref="StreamStart"/>, +<see cref="Samples"/>) was dropped unplayed by a clear.</summary>
public sealed record AudioCleared(long At, long StreamStart, long Samples) : PlayoutEvent(At);
