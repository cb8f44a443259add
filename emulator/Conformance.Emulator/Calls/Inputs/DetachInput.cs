namespace Conformance.Emulator.Calls.Inputs;

/// <summary>Stop the agent; the call and the uplink tap stay up (TS §5).</summary>
public sealed record DetachInput : ActorInput;
