namespace Conformance.Streams.Generic;

/// <summary><c>pong</c>: echoes the <c>timestamp</c> of the client's <c>ping</c> (seconds, fractional).</summary>
public sealed record GenericPong(double Timestamp) : GenericServerMessage;
