namespace Conformance.Streams.Telnyx;

/// <summary>
/// <c>media</c>: the RTP payload (no RTP header) base64-encoded. Telnyx does not guarantee order;
/// <c>chunk</c> reorders. <c>timestamp</c> semantics are not documented (we write ms from stream start).
/// </summary>
public sealed record TelnyxMedia(
    long SequenceNumber,
    string StreamId,
    string Track,
    long Chunk,
    long Timestamp,
    ReadOnlyMemory<byte> Payload) : TelnyxProviderMessage;
