namespace Conformance.Rtc.Rtp;

/// <summary>
/// A telephone event began (<see cref="Ended"/> false) or finished (true, with its duration).
/// <see cref="Digit"/> is the DTMF character for events 0-15.
/// </summary>
public sealed record TelephoneEventNotice(int Event, char? Digit, uint RtpTimestamp, TimeSpan Duration, bool Ended)
{
    /// <summary>Samples since the first received packet of the call, at the event's clock rate; set by the connection.</summary>
    public long MediaTime { get; init; }

    public DateTimeOffset ArrivalTime { get; init; }
}
