namespace Conformance.Emulator.Agent.Script;

/// <summary>Why the agent is playing a clip.</summary>
public enum PlaybackPurpose
{
    Preroll,
    Greeting,
    Reply,
    CheckIn,
    Goodbye,
}
