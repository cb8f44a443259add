using System.Collections.Concurrent;

namespace Conformance.Gherkin.Running;

/// <summary>
/// The run's objects: registered singletons (made on first use, thread-safe) and the classes run
/// hooks live in. Disposes what it created, in reverse order, when the run ends.
/// </summary>
internal sealed class RunScope(IReadOnlyDictionary<Type, ServiceRegistration> registrations, TimeProvider timeProvider) : IServiceResolver, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Type, Lazy<Task<object>>> _objects = new();
    private readonly List<object> _owned = [];
    private readonly Lock _ownedLock = new();
    private readonly CancellationTokenSource _lifetime = new();

    public IReadOnlyDictionary<Type, ServiceRegistration> Registrations => registrations;

    public ValueTask<object> GetAsync(Type type, CancellationToken cancellationToken) => GetAsync(type, []);

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        List<object> owned;
        lock (_ownedLock)
        {
            owned = [.. _owned];
        }

        try
        {
            await ObjectFactory.DisposeAllAsync(owned);
        }
        finally
        {
            _lifetime.Dispose();
        }
    }

    internal async ValueTask<object> GetAsync(Type type, IReadOnlyList<Type> chain)
    {
        if (type == typeof(TimeProvider))
        {
            return timeProvider;
        }

        if (type == typeof(IServiceResolver))
        {
            return this;
        }

        if (chain.Contains(type))
        {
            throw new ServiceResolutionException($"Circular dependency: {ObjectFactory.Chain(chain, type)}");
        }

        var registration = registrations.GetValueOrDefault(type);
        if (registration is { Lifetime: ServiceLifetime.Scenario })
        {
            throw new ServiceResolutionException(
                $"{ObjectFactory.Chain(chain, type)}: {type.Name} is registered per scenario and cannot be used by a run-level object.");
        }

        if (registration is { Instance: { } instance })
        {
            return instance;
        }

        if (registration is null && !ObjectFactory.IsConstructible(type))
        {
            throw new ServiceResolutionException(
                $"{ObjectFactory.Chain(chain, type)}: nothing is registered for {type.FullName}; register it with RunServices in an IRunStartup class or in the host.");
        }

        var lazy = _objects.GetOrAdd(type, t => new Lazy<Task<object>>(() => CreateAsync(t, registration, [.. chain, t])));
        return await lazy.Value;
    }

    private async Task<object> CreateAsync(Type type, ServiceRegistration? registration, IReadOnlyList<Type> chain)
    {
        object created;
        if (registration?.Factory is { } factory)
        {
            created = await factory(this, _lifetime.Token);
        }
        else
        {
            created = await ObjectFactory.CreateAsync(registration?.Implementation ?? type, t => GetAsync(t, chain));
        }

        lock (_ownedLock)
        {
            _owned.Add(created);
        }

        return created;
    }
}
