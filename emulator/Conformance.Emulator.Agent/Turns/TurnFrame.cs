namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// One caller frame as the turn engine sees it: where it sits on the media clock (samples at the
/// engine's rate; frames are contiguous), its level, and what the agent's leg did in the same
/// interval — whether agent audio went out, and whether that audio may be interrupted.
/// </summary>
public readonly record struct TurnFrame(long Start, int Length, double CallerDbfs, bool AgentAudible = false, bool AgentInterruptible = true)
{
    public long End => Start + Length;
}
