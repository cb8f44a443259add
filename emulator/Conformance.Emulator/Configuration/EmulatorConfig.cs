namespace Conformance.Emulator.Configuration;

/// <summary>The whole start-up configuration (defaults: <see cref="DefaultSeed"/>); reset returns to it.</summary>
public sealed record EmulatorConfig
{
    public IReadOnlyList<TenantConfig> Tenants { get; init; } = [];

    public IReadOnlyList<DeviationConfig> Deviations { get; init; } = [];

    public LeaseSettings Leases { get; init; } = new();

    public string? PersonasDirectory { get; init; }

    /// <summary>Outbound numbers and the callee endpoints they reach (the call runtime's number plan, specs/runtime.md RUN-044).</summary>
    public IReadOnlyList<Calls.Numbers.CalleeEndpoint> NumberPlan { get; init; } = [];
}
