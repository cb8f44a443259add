namespace Conformance.Rtc.Rtp;

/// <summary>
/// One packet out of the jitter buffer, in sequence order, or a gap the buffer gave up waiting for
/// (<see cref="Lost"/>: header carries the missing sequence number; payload is empty).
/// </summary>
public readonly record struct JitterBufferEntry(RtpHeader Header, ReadOnlyMemory<byte> Payload, TimeSpan Arrival, bool Lost);
