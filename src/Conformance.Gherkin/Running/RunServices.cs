namespace Conformance.Gherkin.Running;

/// <summary>
/// What a host (the xunit adapter, the <c>conform</c> CLI, a test) and the step assemblies'
/// <see cref="IRunStartup"/> classes register for a run. Anything not registered is still
/// available if it is a concrete class: it is created by constructor injection, once per scenario
/// (or once per run when a run-level object asks for it). Later registrations of a type replace
/// earlier ones.
/// </summary>
public sealed class RunServices
{
    private readonly Dictionary<Type, ServiceRegistration> _registrations = [];

    internal IReadOnlyDictionary<Type, ServiceRegistration> Registrations => _registrations;

    /// <summary>An object the host owns (it is not disposed by the run).</summary>
    public RunServices AddSingleton<T>(T instance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        _registrations[typeof(T)] = new ServiceRegistration(ServiceLifetime.Run, Instance: instance);
        return this;
    }

    /// <summary>
    /// A run service made on first use by an async factory (say, an emulator process started once
    /// per run); it is disposed when the run ends. A factory that fails fails every scenario that
    /// needs the service, with the factory's exception.
    /// </summary>
    public RunServices AddSingleton<T>(Func<IServiceResolver, CancellationToken, ValueTask<T>> factory)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        _registrations[typeof(T)] = new ServiceRegistration(ServiceLifetime.Run, Factory: async (r, ct) => await factory(r, ct));
        return this;
    }

    /// <summary>A run service of an implementation class, constructed on first use.</summary>
    public RunServices AddSingleton<TService, TImplementation>()
        where TService : class
        where TImplementation : class, TService
    {
        _registrations[typeof(TService)] = new ServiceRegistration(ServiceLifetime.Run, Implementation: typeof(TImplementation));
        return this;
    }

    /// <summary>A concrete class that lives for the whole run instead of per scenario.</summary>
    public RunServices AddSingleton<T>()
        where T : class => AddSingleton<T, T>();

    /// <summary>A per-scenario implementation of an interface or base class.</summary>
    public RunServices AddScoped<TService, TImplementation>()
        where TService : class
        where TImplementation : class, TService
    {
        _registrations[typeof(TService)] = new ServiceRegistration(ServiceLifetime.Scenario, Implementation: typeof(TImplementation));
        return this;
    }

    public bool Contains(Type type) => _registrations.ContainsKey(type);
}
