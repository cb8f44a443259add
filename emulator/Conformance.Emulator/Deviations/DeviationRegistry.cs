using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Deviations;

/// <summary>
/// The catalog of deviations the emulator knows (REST ones registered here, media ones by the
/// call runtime at start-up) and the set currently switched on. Thread-safe; lookups on the
/// request path are a scan of a small immutable snapshot.
/// </summary>
public sealed class DeviationRegistry
{
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DeviationDescriptor> _catalog = new(StringComparer.Ordinal);
    private ActiveDeviation[] _active = [];
    private int _nextId;

    public DeviationRegistry(TimeProvider clock)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        foreach (var descriptor in RestDeviations.All)
        {
            Register(descriptor);
        }
    }

    public IReadOnlyList<DeviationDescriptor> Catalog
    {
        get
        {
            lock (_gate)
            {
                return [.. _catalog.Values.OrderBy(d => d.Name, StringComparer.Ordinal)];
            }
        }
    }

    public IReadOnlyList<ActiveDeviation> Active => Volatile.Read(ref _active);

    /// <summary>Adds a deviation to the catalog (the runtime registers its media deviations this way).</summary>
    public void Register(DeviationDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        lock (_gate)
        {
            if (_catalog.TryGetValue(descriptor.Name, out var existing) && existing != descriptor)
            {
                throw new DeviationException(DeviationError.DuplicateDescriptor, $"a different deviation named '{descriptor.Name}' is already registered");
            }

            _catalog[descriptor.Name] = descriptor;
        }
    }

    public DeviationDescriptor? Describe(string name)
    {
        lock (_gate)
        {
            return _catalog.GetValueOrDefault(name);
        }
    }

    /// <summary>Switches a deviation on after checking its parameters against the descriptor.</summary>
    public ActiveDeviation Activate(string name, JsonObject? parameters, DeviationScope scope)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(scope);
        parameters ??= [];
        lock (_gate)
        {
            if (!_catalog.TryGetValue(name, out var descriptor))
            {
                throw new DeviationException(DeviationError.UnknownDeviation, $"no deviation named '{name}' (GET /_emulator/deviations/catalog lists them)");
            }

            if (scope.Surface is { } surface && !descriptor.AppliesTo(surface))
            {
                throw new DeviationException(DeviationError.SurfaceNotApplicable, $"deviation '{name}' does not apply to surface '{SurfaceNames.Name(surface)}'");
            }

            CheckParameters(descriptor, parameters);
            var active = new ActiveDeviation($"dev_{++_nextId}", name, (JsonObject)parameters.DeepClone(), scope, _clock.GetUtcNow());
            Volatile.Write(ref _active, [.. _active, active]);
            return active;
        }
    }

    public bool Deactivate(string id)
    {
        lock (_gate)
        {
            var remaining = _active.Where(a => !string.Equals(a.Id, id, StringComparison.Ordinal)).ToArray();
            var removed = remaining.Length != _active.Length;
            Volatile.Write(ref _active, remaining);
            return removed;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Volatile.Write(ref _active, []);
        }
    }

    /// <summary>The most recently activated deviation of this name covering the surface and tenant, if any.</summary>
    public ActiveDeviation? Find(string name, Surface surface, string? tenantId = null)
    {
        var active = Volatile.Read(ref _active);
        for (var i = active.Length - 1; i >= 0; i--)
        {
            var candidate = active[i];
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal) && candidate.Scope.Covers(surface, tenantId))
            {
                return candidate;
            }
        }

        return null;
    }

    public IEnumerable<ActiveDeviation> FindAll(string name, Surface surface, string? tenantId = null) =>
        Volatile.Read(ref _active).Where(a => string.Equals(a.Name, name, StringComparison.Ordinal) && a.Scope.Covers(surface, tenantId));

    private static void CheckParameters(DeviationDescriptor descriptor, JsonObject parameters)
    {
        foreach (var parameter in descriptor.Parameters.Where(p => p.Required && parameters[p.Name] is null))
        {
            throw new DeviationException(DeviationError.MissingParameter, $"deviation '{descriptor.Name}' needs parameter '{parameter.Name}' ({parameter.Type}): {parameter.Description}");
        }

        foreach (var (key, value) in parameters)
        {
            var parameter = descriptor.Parameters.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.Ordinal))
                ?? throw new DeviationException(DeviationError.UnknownParameter, $"deviation '{descriptor.Name}' takes no parameter '{key}'");
            if (value is not null && !HasType(value, parameter.Type))
            {
                throw new DeviationException(DeviationError.WrongParameterType, $"parameter '{key}' of deviation '{descriptor.Name}' must be {parameter.Type}");
            }
        }
    }

    private static bool HasType(JsonNode value, string type) => type switch
    {
        "string" => value.GetValueKind() == JsonValueKind.String,
        "boolean" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "integer" => Http.JsonRead.AsDouble(value) is { } d && Math.Floor(d) == d,
        "number" => value.GetValueKind() == JsonValueKind.Number,
        _ => true,
    };
}
