namespace Conformance.Emulator.Hosting;

/// <summary>
/// Stops the emulator when its stdin reaches end-of-file: the parent that started it (the
/// harness) closed the pipe or died. Only active when asked to, or when stdin is a pipe — a
/// terminal or /dev/null would otherwise stop it at once or never.
/// </summary>
public sealed class StdinWatcher : BackgroundService
{
    private readonly IHostApplicationLifetime _lifetime;

    public StdinWatcher(IHostApplicationLifetime lifetime)
    {
        _lifetime = lifetime ?? throw new ArgumentNullException(nameof(lifetime));
    }

    public static bool StdinIsPipe()
    {
        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            return target is not null && target.StartsWith("pipe:", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A blocking read on its own (background) thread: Console.In has no cancellable read.
        // Stopping for another reason must not wait for it, so race it against the stop token.
        var reading = Task.Factory.StartNew(
            () =>
            {
                while (Console.In.ReadLine() is not null)
                {
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (stoppingToken.Register(() => stopping.TrySetResult()))
        {
            if (await Task.WhenAny(reading, stopping.Task) == reading)
            {
                _lifetime.StopApplication();
            }
        }
    }
}
