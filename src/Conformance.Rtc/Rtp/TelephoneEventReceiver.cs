namespace Conformance.Rtc.Rtp;

/// <summary>
/// Turns RFC 4733 packets into one start and one end notice per event. An event is identified by
/// its RTP timestamp (§2.5.1.2: it stays fixed while the event lasts); the end packet is sent three
/// times (§2.5.1.4) and reported once. Clock-free.
/// </summary>
public sealed class TelephoneEventReceiver
{
    private uint? _currentTimestamp;
    private bool _currentEnded;

    /// <returns>A notice when the packet starts or ends an event; null for repeats.</returns>
    public TelephoneEventNotice? Receive(in RtpHeader header, in TelephoneEvent value, int clockRate)
    {
        var isNew = _currentTimestamp != header.Timestamp;
        if (isNew)
        {
            _currentTimestamp = header.Timestamp;
            _currentEnded = false;
        }

        if (value.End)
        {
            if (_currentEnded)
            {
                return null;
            }

            _currentEnded = true;
            return new TelephoneEventNotice(value.Event, value.Digit, header.Timestamp, TimeSpan.FromSeconds((double)value.Duration / clockRate), Ended: true);
        }

        return isNew ? new TelephoneEventNotice(value.Event, value.Digit, header.Timestamp, TimeSpan.Zero, Ended: false) : null;
    }
}
