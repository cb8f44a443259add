using Conformance.Emulator.State;

namespace Conformance.Emulator.Deviations;

/// <summary>Where an active deviation applies: a surface and/or a tenant (null = everywhere).</summary>
public sealed record DeviationScope(Surface? Surface, string? TenantId)
{
    public static DeviationScope Everywhere { get; } = new(null, null);

    public bool Covers(Surface surface, string? tenantId) =>
        (Surface is null || Surface == surface) && (TenantId is null || string.Equals(TenantId, tenantId, StringComparison.Ordinal));
}
