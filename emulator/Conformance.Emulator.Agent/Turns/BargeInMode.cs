namespace Conformance.Emulator.Agent.Turns;

/// <summary>What caller speech does to agent audio that is going out (turn-semantics.md §3).</summary>
public enum BargeInMode
{
    /// <summary>Never cut; speech that starts during agent audio does not commit a turn either.</summary>
    Off,

    /// <summary>Cut at the first voiced caller frame (no minimum onset): for legs with echo cancellation.</summary>
    Instant,

    /// <summary>Cut once caller speech has lasted <see cref="TurnPolicy.BargeConfirmMs"/>; shorter speech is a continuer.</summary>
    HoldAndConfirm,
}
