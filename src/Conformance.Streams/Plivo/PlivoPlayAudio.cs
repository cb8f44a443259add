namespace Conformance.Streams.Plivo;

/// <summary>
/// <c>playAudio</c>: <c>contentType</c> and <c>sampleRate</c> "must match what was specified in
/// your Stream XML"; at most 64 KB per message.
/// </summary>
public sealed record PlivoPlayAudio(PlivoMediaFormat Format, ReadOnlyMemory<byte> Payload) : PlivoAgentMessage;
