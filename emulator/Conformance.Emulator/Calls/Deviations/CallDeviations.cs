using Conformance.Emulator.Deviations;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Calls.Deviations;

/// <summary>
/// The media deviations that apply to one call, read once from the registry: those whose
/// surface/tenant scope covers the call (an Everruns call is also an OpenAI call) and whose
/// optional <c>call</c> parameter is absent or names one of the call's ids.
/// </summary>
public sealed class CallDeviations
{
    private readonly Dictionary<string, ActiveDeviation> _active;

    private CallDeviations(Dictionary<string, ActiveDeviation> active)
    {
        _active = active;
    }

    public static CallDeviations None { get; } = new(new Dictionary<string, ActiveDeviation>(StringComparer.Ordinal));

    public IReadOnlyCollection<ActiveDeviation> Active => _active.Values;

    public static CallDeviations For(DeviationRegistry registry, CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(call);
        var surfaces = new List<Surface> { call.Surface };
        if (call.OpenAI is not null && call.Surface != Surface.OpenAI)
        {
            surfaces.Add(Surface.OpenAI);
        }

        var ids = call.Aliases.Prepend(call.Id).ToHashSet(StringComparer.Ordinal);
        var active = new Dictionary<string, ActiveDeviation>(StringComparer.Ordinal);
        foreach (var descriptor in MediaDeviations.All)
        {
            // The most recently activated one wins (the registry keeps activation order).
            var match = registry.Active
                .Where(a => string.Equals(a.Name, descriptor.Name, StringComparison.Ordinal))
                .Where(a => surfaces.Any(s => a.Scope.Covers(s, call.TenantId)))
                .Where(a => a.GetString(MediaDeviations.CallParameter) is not { } target || ids.Contains(target))
                .LastOrDefault();
            if (match is not null)
            {
                active[descriptor.Name] = match;
            }
        }

        return new CallDeviations(active);
    }

    public bool Has(string name) => _active.ContainsKey(name);

    public ActiveDeviation? Get(string name) => _active.GetValueOrDefault(name);
}
