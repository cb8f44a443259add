namespace Conformance.Gherkin.Messages;

public readonly record struct Duration(long Seconds, int Nanos)
{
    public static Duration From(TimeSpan span) =>
        new(Math.DivRem(span.Ticks, TimeSpan.TicksPerSecond, out var rest), (int)(rest * 100));

    public TimeSpan ToTimeSpan() => TimeSpan.FromTicks((Seconds * TimeSpan.TicksPerSecond) + (Nanos / 100));
}
