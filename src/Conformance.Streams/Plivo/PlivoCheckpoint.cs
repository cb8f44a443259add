namespace Conformance.Streams.Plivo;

/// <summary><c>checkpoint</c>: answered with <c>playedStream</c> once the audio before it has played.</summary>
public sealed record PlivoCheckpoint(string StreamId, string Name) : PlivoAgentMessage;
