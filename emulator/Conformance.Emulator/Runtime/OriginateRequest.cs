namespace Conformance.Emulator.Runtime;

/// <summary>An outbound call to place (ClutchCall voice.calls.originate, Omnia /calls/outbound): the runtime maps <see cref="To"/> through the emulator's number plan to a callee endpoint.</summary>
public sealed record OriginateRequest(string To, string From, int RingTimeoutSec)
{
    public string? TrunkId { get; init; }
}
