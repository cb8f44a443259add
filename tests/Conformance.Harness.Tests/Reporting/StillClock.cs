namespace Conformance.Harness.Tests.Reporting;

/// <summary>A clock stopped at 2026-01-02T03:04:05Z whose timestamps move 1 ms per reading, so durations are small and repeatable.</summary>
internal sealed class StillClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Add(ref _ticks, TimeSpan.TicksPerMillisecond);
}
