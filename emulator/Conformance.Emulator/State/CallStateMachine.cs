namespace Conformance.Emulator.State;

/// <summary>The legal transitions of <see cref="CallState"/> (drawn there).</summary>
public static class CallStateMachine
{
    public static bool IsTerminal(CallState state) => state is CallState.Ended or CallState.Failed or CallState.NoAnswer;

    public static bool CanTransition(CallState from, CallState to) => (from, to) switch
    {
        (CallState.Created, CallState.Dialing or CallState.Ringing or CallState.Active or CallState.Ended or CallState.Failed) => true,
        (CallState.Dialing, CallState.Ringing or CallState.Active or CallState.Ended or CallState.Failed or CallState.NoAnswer) => true,
        (CallState.Ringing, CallState.Active or CallState.Ended or CallState.Failed or CallState.NoAnswer) => true,
        (CallState.Active, CallState.Ended or CallState.Failed) => true,
        _ => false,
    };

    public static string Name(CallState state) => state switch
    {
        CallState.Created => "created",
        CallState.Dialing => "dialing",
        CallState.Ringing => "ringing",
        CallState.Active => "active",
        CallState.Ended => "ended",
        CallState.Failed => "failed",
        _ => "no_answer",
    };
}
