namespace Conformance.Emulator.State;

/// <summary>
/// The clock leases, deadlines and API timestamps are read from: an injected
/// <see cref="TimeProvider"/> plus an offset the control plane can move forward
/// (<c>POST /_emulator/clock/advance</c>), so a network-only client can make a one-hour lease
/// expire without waiting. Only wall time is shifted: <see cref="GetTimestamp"/> (what media
/// pacing uses) is the inner provider's, untouched.
/// </summary>
public sealed class LeaseClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private long _offsetTicks;

    public LeaseClock(TimeProvider inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    public TimeProvider Inner => _inner;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + Offset;

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves lease time forward (never back: leases must not un-expire).</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "the lease clock only moves forward");
        }

        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    public void ResetOffset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
