namespace Conformance.Emulator.Agent.Turns;

/// <summary>Omnia <c>inactivityAction</c>: what happens when the inactivity timeout expires.</summary>
public enum InactivityAction
{
    /// <summary>Speak the check-in clip and restart the timer.</summary>
    Prompt,

    /// <summary>Speak the goodbye clip, then end the call.</summary>
    HangUp,
}
