namespace Conformance.Streams.Generic;

/// <summary><c>ping</c>: answered with a <c>pong</c> carrying the same <c>timestamp</c>.</summary>
public sealed record GenericPing(double Timestamp) : GenericClientMessage;
