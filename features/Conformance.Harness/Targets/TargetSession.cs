using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Gherkin.Running;
using Conformance.Harness.Drivers.Rest;

namespace Conformance.Harness.Targets;

/// <summary>
/// One scenario's use of the target. On an emulator each scenario gets its own tenant (its own
/// keys, agents, calls and journal) made through the control plane, with the run's deviations
/// switched on for it, so scenarios run concurrently without seeing each other; it is deleted
/// (ending its calls) when the scenario ends. On a real deployment the profile's credentials are
/// read from their environment variables.
/// </summary>
public sealed class TargetSession : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HarnessRunOptions _options;
    private readonly ScenarioOutput? _output;
    private JsonObject? _tenant;

    /// <param name="output">The scenario's log (null outside a scenario, e.g. in a unit test).</param>
    public TargetSession(Target target, HarnessRunOptions options, ScenarioOutput? output)
    {
        Target = target ?? throw new ArgumentNullException(nameof(target));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _output = output;
    }

    public Target Target { get; }

    public RestRecorder Rest { get; } = new();

    public bool IsEmulator => Target.IsEmulator;

    /// <summary>The scenario's emulator tenant (null before first use, and on real targets).</summary>
    public string? TenantId => _tenant?["id"]?.GetValue<string>();

    public SurfaceTarget Surface(SurfaceName surface) => Target.Profile.Surface(surface);

    /// <summary>A client for a surface, with the scenario's key.</summary>
    public async Task<SurfaceClient> ClientAsync(SurfaceName surface, CancellationToken cancellationToken)
    {
        var target = Surface(surface);
        return new SurfaceClient(Target.Http, target, await ApiKeyAsync(surface, cancellationToken), Rest, Target.Time);
    }

    /// <summary>The scenario's key for a surface: the tenant's on an emulator, else the profile's environment variable.</summary>
    /// <exception cref="TargetProfileException">The variable is not set.</exception>
    public async Task<string> ApiKeyAsync(SurfaceName surface, CancellationToken cancellationToken)
    {
        if (Target.Control is not null)
        {
            var tenant = await TenantAsync(cancellationToken);
            var wire = SurfaceNames.Wire(surface);
            return (tenant["keys"] as JsonArray ?? []).FirstOrDefault(k => k?["surface"]?.GetValue<string>() == wire)?["key"]?.GetValue<string>()
                ?? throw new InvalidOperationException($"The scenario tenant {TenantId} has no {wire} key.");
        }

        var variable = Surface(surface).ApiKeyVariable
            ?? throw new TargetProfileException(Target.Profile.Name, [$"surface {SurfaceNames.Wire(surface)} names no apiKeyEnv"]);
        return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } key
            ? key
            : throw new TargetProfileException(Target.Profile.Name, [$"surface {SurfaceNames.Wire(surface)} takes its API key from ${variable}, which is not set"]);
    }

    /// <summary>The scenario's emulator tenant, made (with the run's deviations) on first use.</summary>
    public async Task<JsonObject> TenantAsync(CancellationToken cancellationToken)
    {
        var control = Target.Control ?? throw new InvalidOperationException("Tenants exist only on an emulator target.");
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_tenant is not null)
            {
                return _tenant;
            }

            var id = "s-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..16];
            var tenant = await control.CreateTenantAsync(id, cancellationToken);
            foreach (var deviation in _options.Deviations)
            {
                await control.ActivateDeviationAsync(deviation.Name, deviation.Parameters, id, cancellationToken);
                _output?.Log($"deviation {deviation.Name} {deviation.Parameters?.ToJsonString()} is on for tenant {id}");
            }

            _tenant = tenant;
            return tenant;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A named setting of a surface (an agent id by role, an org), from the profile or the emulator's seed.</summary>
    public string? Setting(SurfaceName surface, string name) => Surface(surface).Setting(name);

    public async ValueTask DisposeAsync()
    {
        if (Target.Control is { } control && TenantId is { } id)
        {
            try
            {
                await control.DeleteTenantAsync(id, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or Emulator.EmulatorControlException or TaskCanceledException)
            {
                _output?.Log($"deleting tenant {id} failed: {e.Message}");
            }
        }

        _gate.Dispose();
    }
}
