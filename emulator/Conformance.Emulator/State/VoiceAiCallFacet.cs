namespace Conformance.Emulator.State;

/// <summary>The Voice.ai view of a call: the agent, the scoped end token and what ending it billed.</summary>
public sealed class VoiceAiCallFacet
{
    public required string AgentId { get; init; }

    public required string EndToken { get; init; }

    public required string Room { get; init; }

    public bool TestMode { get; init; }

    public double? ActualDurationSeconds { get; set; }

    public decimal? CreditsUsed { get; set; }
}
