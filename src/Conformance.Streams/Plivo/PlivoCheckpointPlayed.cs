namespace Conformance.Streams.Plivo;

/// <summary><c>playedStream</c> on the wire: the acknowledgement of a <c>checkpoint</c> whose audio finished.</summary>
public sealed record PlivoCheckpointPlayed(long SequenceNumber, string StreamId, string Name) : PlivoProviderMessage;
