namespace Conformance.Rtc.Rtp;

public enum JitterBufferInsertResult
{
    Accepted = 0,
    Duplicate,
    /// <summary>Older than what was already played out or declared lost.</summary>
    TooLate,
    /// <summary>So far ahead that the buffer restarted at this packet (source restart or a long outage).</summary>
    Restarted,
}
