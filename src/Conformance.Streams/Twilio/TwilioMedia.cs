namespace Conformance.Streams.Twilio;

/// <summary>
/// <c>media</c>: raw µ-law 8 kHz, no header. <c>chunk</c> counts per track from 1; <c>timestamp</c>
/// is the presentation time in ms from the start of the stream.
/// </summary>
public sealed record TwilioMedia(
    long SequenceNumber,
    string StreamSid,
    string Track,
    long Chunk,
    long Timestamp,
    ReadOnlyMemory<byte> Payload) : TwilioProviderMessage;
