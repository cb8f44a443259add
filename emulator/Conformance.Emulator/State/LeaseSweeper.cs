namespace Conformance.Emulator.State;

/// <summary>
/// Expires leases and deadlines once a second (one heartbeat for all of them, like Kestrel's,
/// rather than a timer per call), on the injected clock.
/// </summary>
public sealed class LeaseSweeper : BackgroundService
{
    private static readonly TimeSpan s_period = TimeSpan.FromSeconds(1);
    private readonly CallLifecycle _lifecycle;
    private readonly LeaseClock _clock;
    private readonly ILogger<LeaseSweeper> _log;

    public LeaseSweeper(CallLifecycle lifecycle, LeaseClock clock, ILogger<LeaseSweeper> log)
    {
        _lifecycle = lifecycle ?? throw new ArgumentNullException(nameof(lifecycle));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(s_period, _clock.Inner, stoppingToken);
                await _lifecycle.SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _log.LogError(e, "lease sweep failed; retrying next second");
            }
        }
    }
}
