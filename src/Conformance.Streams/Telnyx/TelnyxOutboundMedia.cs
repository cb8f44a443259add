namespace Conformance.Streams.Telnyx;

/// <summary><c>media</c>: an RTP payload in <c>stream_bidirectional_codec</c> (rtp mode), 20 ms to 30 s.</summary>
public sealed record TelnyxOutboundMedia(ReadOnlyMemory<byte> Payload, string? StreamId = null) : TelnyxAgentMessage(StreamId);
