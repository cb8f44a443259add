namespace Conformance.Emulator.Configuration;

/// <summary>The whole start-up configuration (defaults: <see cref="DefaultSeed"/>); reset returns to it.</summary>
public sealed record EmulatorConfig
{
    public IReadOnlyList<TenantConfig> Tenants { get; init; } = [];

    public IReadOnlyList<DeviationConfig> Deviations { get; init; } = [];

    public LeaseSettings Leases { get; init; } = new();

    public string? PersonasDirectory { get; init; }
}
