namespace Conformance.Streams.Generic;

/// <summary><c>{"type":"state","state":"listening"}</c>: the agent started/stopped speaking or thinking.</summary>
public sealed record GenericState(GenericAgentState State) : GenericServerMessage;
