namespace Conformance.Streams.Playout;

/// <summary>
/// What one <see cref="ProviderPlayout.Advance"/> played: agent samples
/// [<see cref="HeardStreamPosition"/>, +<see cref="HeardSamples"/>) were heard starting at
/// <see cref="HeardAt"/> (the step's start: playout always drains from the cursor), followed by
/// silence for the rest of the step; plus the events that happened in the step, in time order.
/// </summary>
public readonly record struct PlayoutStep(long HeardAt, long HeardStreamPosition, int HeardSamples, IReadOnlyList<PlayoutEvent> Events);
