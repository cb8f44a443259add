namespace Conformance.Emulator.State;

/// <summary>
/// One customer account across every surface: its keys live in the store; here are the
/// per-surface resources it owns (agents, sessions, provider connections, numbers, trunks).
/// Mutated only under the store's lock.
/// </summary>
public sealed class Tenant
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    /// <summary>Everruns org feature flag <c>voice</c>; off → every voice route answers 404 (EVR-FLAG-001).</summary>
    public bool VoiceEnabled { get; set; } = true;

    public required string EverrunsOrgId { get; init; }

    public Dictionary<string, AgentRecord> EverrunsAgents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EverrunsSession> EverrunsSessions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ProviderConnection> Providers { get; } = new(StringComparer.Ordinal);

    public string? ChatSessionId { get; set; }

    public Dictionary<string, AgentRecord> OmniaAgents { get; } = new(StringComparer.Ordinal);

    public List<PhoneNumberRecord> OmniaNumbers { get; } = [];

    public required string ClutchCallOrgId { get; set; }

    public HashSet<string> ClutchCallTrunks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AgentRecord> ClutchCallAgents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AgentRecord> VoiceAiAgents { get; } = new(StringComparer.Ordinal);

    public required LiveKitCredentials LiveKit { get; set; }

    /// <summary>Every call of this tenant in creation order (ended ones kept for logs and journals).</summary>
    public List<CallRecord> Calls { get; } = [];

    public Dictionary<string, AgentRecord> AgentsOf(Surface surface) => surface switch
    {
        Surface.Everruns => EverrunsAgents,
        Surface.Omnia => OmniaAgents,
        Surface.ClutchCall => ClutchCallAgents,
        Surface.VoiceAi => VoiceAiAgents,
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, "this surface has no agent registry"),
    };
}
