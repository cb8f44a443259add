namespace Conformance.Gherkin.Running;

/// <summary>
/// One scenario's objects: step classes and context objects are created here on first use by
/// constructor injection and shared by every step of the scenario; run services come from the run
/// scope. Disposed (reverse creation order) when the scenario ends.
/// </summary>
internal sealed class ScenarioScope(RunScope run, ScenarioInfo info, ScenarioOutput output) : IServiceResolver, IAsyncDisposable
{
    private readonly Dictionary<Type, object> _objects = [];
    private readonly List<object> _owned = [];

    public ValueTask<object> GetAsync(Type type, CancellationToken cancellationToken) => GetAsync(type, []);

    public ValueTask DisposeAsync() => ObjectFactory.DisposeAllAsync(_owned);

    private async ValueTask<object> GetAsync(Type type, IReadOnlyList<Type> chain)
    {
        if (type == typeof(ScenarioInfo))
        {
            return info;
        }

        if (type == typeof(ScenarioOutput))
        {
            return output;
        }

        if (type == typeof(IServiceResolver))
        {
            return this;
        }

        if (_objects.TryGetValue(type, out var existing))
        {
            return existing;
        }

        if (chain.Contains(type))
        {
            throw new ServiceResolutionException($"Circular dependency: {ObjectFactory.Chain(chain, type)}");
        }

        var registration = run.Registrations.GetValueOrDefault(type);
        if (registration is { Lifetime: ServiceLifetime.Run } || type == typeof(TimeProvider))
        {
            return await run.GetAsync(type, chain);
        }

        var implementation = registration?.Implementation ?? type;
        if (!ObjectFactory.IsConstructible(implementation))
        {
            throw new ServiceResolutionException(
                $"{ObjectFactory.Chain(chain, type)}: nothing is registered for {type.FullName}; register it with RunServices in an IRunStartup class or in the host.");
        }

        var created = await ObjectFactory.CreateAsync(implementation, t => GetAsync(t, [.. chain, type]));
        _objects[type] = created;
        _objects.TryAdd(implementation, created);
        _owned.Add(created);
        return created;
    }
}
