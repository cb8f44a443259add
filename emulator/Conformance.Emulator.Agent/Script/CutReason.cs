namespace Conformance.Emulator.Agent.Script;

/// <summary>Why a playback stopped before its end.</summary>
public enum CutReason
{
    /// <summary>The caller barged in.</summary>
    BargeIn,

    /// <summary>The call ended (maxDuration) while it played.</summary>
    CallEnded,

    /// <summary>The agent was detached from the call.</summary>
    Detached,
}
