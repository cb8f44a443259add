namespace Conformance.Emulator.Agent.Script;

public enum HangUpReason
{
    /// <summary>Inactivity with <c>hang_up</c>: after the goodbye clip (or at once without one).</summary>
    Inactivity,

    /// <summary><c>maxDuration</c> reached.</summary>
    MaxDuration,
}
