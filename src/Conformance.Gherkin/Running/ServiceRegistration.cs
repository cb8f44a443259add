namespace Conformance.Gherkin.Running;

/// <summary>How one service type is provided: a given instance (not disposed by the run), a factory, or a class to construct.</summary>
internal sealed record ServiceRegistration(
    ServiceLifetime Lifetime,
    object? Instance = null,
    Func<IServiceResolver, CancellationToken, ValueTask<object>>? Factory = null,
    Type? Implementation = null);
