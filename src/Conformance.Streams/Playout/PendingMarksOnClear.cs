namespace Conformance.Streams.Playout;

/// <summary>
/// What a provider does with marks still pending when the agent clears the queue. Twilio and
/// Telnyx echo them (FIFO); Plivo does not document it and Vobiz, a Plivo clone, documents no
/// acknowledgement, so for Plivo it is a setting.
/// </summary>
public enum PendingMarksOnClear
{
    Echo,
    Discard,
}
