namespace Conformance.Streams.Playout;

/// <summary>Audio beyond the provider's buffer cap was discarded on arrival (Twilio warning 31931).</summary>
public sealed record QueueOverflowed(long At, long StreamStart, long Samples) : PlayoutEvent(At);
