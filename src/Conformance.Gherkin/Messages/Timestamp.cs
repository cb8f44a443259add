namespace Conformance.Gherkin.Messages;

/// <summary>Seconds and nanoseconds since the Unix epoch.</summary>
public readonly record struct Timestamp(long Seconds, int Nanos)
{
    public static Timestamp From(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return new Timestamp(Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rest), (int)(rest * 100));
    }
}
