namespace Conformance.Streams.Plivo;

/// <summary><c>clearedAudio</c>: the answer to <c>clearAudio</c>.</summary>
public sealed record PlivoClearedAudio(long SequenceNumber, string StreamId) : PlivoProviderMessage;
