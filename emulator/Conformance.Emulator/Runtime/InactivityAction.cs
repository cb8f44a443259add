namespace Conformance.Emulator.Runtime;

/// <summary>Omnia inactivityAction (vendors.md §2.4): check in and keep waiting, or say goodbye and end.</summary>
public enum InactivityAction
{
    Prompt,
    HangUp,
}
