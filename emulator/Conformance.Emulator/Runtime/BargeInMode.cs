namespace Conformance.Emulator.Runtime;

/// <summary>turn-semantics.md §3: how caller speech during agent audio cuts the agent.</summary>
public enum BargeInMode
{
    Instant,
    HoldAndConfirm,
    Off,
}
