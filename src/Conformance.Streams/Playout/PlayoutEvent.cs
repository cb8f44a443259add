namespace Conformance.Streams.Playout;

/// <summary>
/// Something the provider's playout did, at a playout-clock time <see cref="At"/> (samples at the
/// stream's rate since the stream started). Stream positions count the agent's audio samples
/// received on the stream since it started, played or not.
/// </summary>
public abstract record PlayoutEvent(long At);
