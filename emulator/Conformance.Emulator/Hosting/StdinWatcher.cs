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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(
            () =>
            {
                // A blocking read on its own thread: Console.In has no cancellable async read.
                while (Console.In.ReadLine() is not null)
                {
                }

                _lifetime.StopApplication();
            },
            stoppingToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
}
