using System.Reflection;

namespace Conformance.Gherkin.Running;

/// <summary>Constructor injection: the public constructor with the most parameters, each resolved in turn.</summary>
internal static class ObjectFactory
{
    public static bool IsConstructible(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && type != typeof(string) && !type.IsArray
        && !typeof(Delegate).IsAssignableFrom(type);

    public static async ValueTask<object> CreateAsync(
        Type type, Func<Type, ValueTask<object>> resolve)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new ServiceResolutionException($"{type.FullName} has no public constructor.");
        var parameters = constructor.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = await resolve(parameters[i].ParameterType);
        }

        try
        {
            return constructor.Invoke(arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new ServiceResolutionException($"The constructor of {type.FullName} threw: {e.InnerException.Message}", e.InnerException);
        }
    }

    /// <summary>Disposes in reverse creation order; every object is disposed even if some throw.</summary>
    public static async ValueTask DisposeAllAsync(IEnumerable<object> createdInOrder)
    {
        List<Exception>? errors = null;
        foreach (var item in createdInOrder.Reverse())
        {
            try
            {
                if (item is IAsyncDisposable asyncDisposable)
                {
                    await asyncDisposable.DisposeAsync();
                }
                else if (item is IDisposable disposable)
                {
                    disposable.Dispose();
                }
            }
            catch (Exception e)
            {
                (errors ??= []).Add(e);
            }
        }

        if (errors is not null)
        {
            throw new AggregateException("Disposing scope objects failed.", errors);
        }
    }

    public static string Chain(IEnumerable<Type> chain, Type type) => string.Join(" -> ", chain.Append(type).Select(t => t.Name));
}
