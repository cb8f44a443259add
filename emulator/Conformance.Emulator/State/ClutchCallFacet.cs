namespace Conformance.Emulator.State;

/// <summary>The ClutchCall view of a call: the CallData fields (specs/clutchcall/procedures.md §3).</summary>
public sealed class ClutchCallFacet
{
    public required string OrgId { get; init; }

    public required string To { get; init; }

    public required string From { get; init; }

    public required string TrunkId { get; init; }

    public string? AgentId { get; set; }

    public required int RingTimeoutSec { get; init; }

    public string? TransferredTo { get; set; }
}
