namespace Conformance.Streams.Generic;

/// <summary>Ultravox <c>state</c> values (Omnia's are inferred to be the same).</summary>
public enum GenericAgentState
{
    Idle,
    Listening,
    Thinking,
    Speaking,
}
