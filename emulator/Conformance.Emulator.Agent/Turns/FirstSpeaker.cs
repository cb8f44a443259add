namespace Conformance.Emulator.Agent.Turns;

/// <summary>Omnia <c>firstSpeaker</c>: who opens the call (turn-semantics.md §5).</summary>
public enum FirstSpeaker
{
    /// <summary>The greeting starts when media is up.</summary>
    Agent,

    /// <summary>The agent waits silently for the first committed turn.</summary>
    User,
}
