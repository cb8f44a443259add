namespace Conformance.Cli.Tests.Steps;

/// <summary>
/// A run service: each arrival waits until a second scenario arrives (or 30 s pass), so a
/// scenario that needs it passes only when scenarios really run concurrently.
/// </summary>
public sealed class Rendezvous
{
    private readonly TaskCompletionSource _both = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public async Task ArriveAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _arrived) >= 2)
        {
            _both.TrySetResult();
        }

        try
        {
            await _both.Task.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System, cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException("no second scenario arrived: scenarios did not run at the same time", e);
        }
    }
}
