namespace Conformance.Streams.Playout;

/// <summary>
/// Something the provider's playout did, at a playout-clock time <see cref="At"/> (samples at the
/// stream's rate since the stream started). Stream positions count the agent's audio samples
/// received on the stream since it started, played or not.
/// </summary>
public abstract record PlayoutEvent(long At);

/// <summary>A mark came back: the protocol's echo (<c>mark</c> / <c>playedStream</c>) is due now.</summary>
public sealed record MarkEchoed(long At, string Name, long StreamPosition, MarkEchoReason Reason) : PlayoutEvent(At);

/// <summary>A pending mark was dropped by a clear without an echo (<see cref="PendingMarksOnClear.Discard"/>).</summary>
public sealed record MarkDiscarded(long At, string Name, long StreamPosition) : PlayoutEvent(At);

/// <summary>Queued audio [<see cref="StreamStart"/>, +<see cref="Samples"/>) was dropped unplayed by a clear.</summary>
public sealed record AudioCleared(long At, long StreamStart, long Samples) : PlayoutEvent(At);

/// <summary>Audio beyond the provider's buffer cap was discarded on arrival (Twilio warning 31931).</summary>
public sealed record QueueOverflowed(long At, long StreamStart, long Samples) : PlayoutEvent(At);

/// <summary>The caller started hearing agent audio (the queue went from empty to playing).</summary>
public sealed record PlayoutStarted(long At, long StreamPosition) : PlayoutEvent(At);

/// <summary>The caller stopped hearing agent audio: the queue ran dry or was cleared.</summary>
public sealed record PlayoutStopped(long At, long StreamPosition, bool Cleared) : PlayoutEvent(At);
