namespace Conformance.Streams.Plivo;

/// <summary>
/// <c>stop</c>: NOT documented by Plivo (the socket just closes). Some clients handle it
/// defensively, so the harness can send it as an option; parsing it yields a warning.
/// </summary>
public sealed record PlivoStop(long SequenceNumber, string StreamId) : PlivoProviderMessage;
