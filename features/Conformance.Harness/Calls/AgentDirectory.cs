using System.Text.Json.Nodes;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Calls;

/// <summary>
/// Finds the agent a plan asks for on a surface: on an emulator, registers it for the scenario's
/// tenant (persona + knobs, through the control plane); on a real deployment, reads the agent id
/// the profile names for the plan's role.
/// </summary>
public sealed class AgentDirectory(TargetSession session) : IDisposable
{
    private readonly Dictionary<(SurfaceName, AgentPlan), string> _registered = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<string> AgentIdAsync(SurfaceName surface, AgentPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (session.Target.Control is not { } control)
        {
            return session.Setting(surface, "agents." + plan.Role)
                ?? throw new HarnessAssertionException(
                    $"The target profile names no {SurfaceNames.Wire(surface)} agent for the role '{plan.Role}' " +
                    $"(surfaces.{SurfaceNames.Wire(surface)}.agents.{plan.Role}); provision one that behaves as the scenario says, or exclude the scenario with the profile's tags.");
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_registered.TryGetValue((surface, plan), out var known))
            {
                return known;
            }

            var tenant = await session.TenantAsync(cancellationToken);
            var agent = await control.CreateAgentAsync(
                tenant["id"]!.GetValue<string>(), SurfaceNames.Wire(surface), null, plan.Persona, (JsonObject)plan.Knobs.DeepClone(),
                surface == SurfaceName.Omnia ? plan.OmniaConfig() : null, cancellationToken);
            var id = agent["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"The emulator registered an agent without an id: {agent.ToJsonString()}");
            _registered[(surface, plan)] = id;
            return id;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
