namespace Conformance.Gherkin.Running;

public static class ServiceResolverExtensions
{
    public static async ValueTask<T> GetAsync<T>(this IServiceResolver resolver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return (T)await resolver.GetAsync(typeof(T), cancellationToken);
    }
}
