namespace Conformance.Rtc.Media;

/// <summary>
/// Calls a tick function on an absolute schedule: tick n is due at <c>start + n × interval</c> on
/// the injected <see cref="TimeProvider"/> (STYLE §Do 4). A late tick never shifts later ones: if
/// the process stalls, the ticks that fell due run back to back and lateness is recorded.
/// One pacer per stream, one wait per tick; never a timer per source.
/// </summary>
public sealed class MediaPacer(TimeProvider timeProvider, TimeSpan interval)
{
    public TimeSpan Interval { get; } = interval;

    public LatenessHistogram Lateness { get; } = new();

    /// <summary>Runs until <paramref name="tick"/> returns false or cancellation.</summary>
    /// <param name="tick">Gets the tick index; returns false to stop.</param>
    public async Task RunAsync(Func<long, bool> tick, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tick);
        var start = timeProvider.GetTimestamp();
        for (long n = 0; !cancellationToken.IsCancellationRequested; n++)
        {
            var due = Interval * n;
            var elapsed = timeProvider.GetElapsedTime(start);
            if (due > elapsed)
            {
                await Task.Delay(due - elapsed, timeProvider, cancellationToken).ConfigureAwait(false);
                elapsed = timeProvider.GetElapsedTime(start);
            }

            Lateness.Record(elapsed - due);
            if (!tick(n))
            {
                return;
            }
        }
    }
}
