namespace Conformance.Streams.Plivo;

/// <summary><c>clearAudio</c>: drop queued audio; answered with <c>clearedAudio</c>.</summary>
public sealed record PlivoClearAudio(string StreamId) : PlivoAgentMessage;
