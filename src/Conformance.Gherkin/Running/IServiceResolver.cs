namespace Conformance.Gherkin.Running;

/// <summary>Resolves run services (in a factory) or scenario objects (in a scenario).</summary>
public interface IServiceResolver
{
    ValueTask<object> GetAsync(Type type, CancellationToken cancellationToken);
}
