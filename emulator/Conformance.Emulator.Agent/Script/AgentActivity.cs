namespace Conformance.Emulator.Agent.Script;

/// <summary>The agent's activity, as Ultravox/Omnia <c>state</c> messages report it.</summary>
public enum AgentActivity
{
    Listening,
    Thinking,
    Speaking,
}
