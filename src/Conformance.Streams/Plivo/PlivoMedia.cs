namespace Conformance.Streams.Plivo;

/// <summary><c>media</c>: about 20 ms per message; <c>timestamp</c> is Unix epoch ms (a string on the wire).</summary>
public sealed record PlivoMedia(
    long SequenceNumber,
    string StreamId,
    string Track,
    long TimestampEpochMs,
    long Chunk,
    ReadOnlyMemory<byte> Payload,
    string? ExtraHeaders = null) : PlivoProviderMessage;
