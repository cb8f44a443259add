using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Conformance.Gherkin.Running;

/// <summary>Calls a step or hook method and awaits it, within the step timeout if there is one.</summary>
internal static class MethodInvoker
{
    public static async Task InvokeAsync(
        MethodInfo method, object? target, object?[] arguments, TimeProvider timeProvider, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        object? returned;
        try
        {
            returned = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        var task = returned switch
        {
            Task t => t,
            ValueTask v => v.AsTask(),
            _ when returned?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ValueTask<>)
                => (Task)type.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null)!,
            _ => Task.CompletedTask,
        };
        if (timeout is { } limit)
        {
            try
            {
                await task.WaitAsync(limit, timeProvider, cancellationToken);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"{method.DeclaringType?.Name}.{method.Name} did not finish within {limit.TotalSeconds:0.###} s (the run's step timeout).", e);
            }
        }
        else
        {
            await task.WaitAsync(cancellationToken);
        }
    }
}
