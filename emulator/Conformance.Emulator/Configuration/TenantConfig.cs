using Conformance.Emulator.State;

namespace Conformance.Emulator.Configuration;

/// <summary>
/// Everything a tenant starts with (config file <c>tenants[]</c> and <c>POST /_emulator/tenants</c>
/// take the same shape; specs/control.md CTL-CFG-002).
/// </summary>
public sealed record TenantConfig
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public bool VoiceEnabled { get; init; } = true;

    public string? EverrunsOrgId { get; init; }

    public string ClutchCallOrgId { get; init; } = "org_abc";

    public LiveKitCredentials? LiveKit { get; init; }

    public IReadOnlyList<KeyConfig> Keys { get; init; } = [];

    public IReadOnlyList<ProviderConnection>? Providers { get; init; }

    public IReadOnlyList<AgentSeed> Agents { get; init; } = [];

    public IReadOnlyList<PhoneNumberRecord> Numbers { get; init; } = [];

    public IReadOnlyList<string> Trunks { get; init; } = [];
}
