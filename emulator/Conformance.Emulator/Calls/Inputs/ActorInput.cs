namespace Conformance.Emulator.Calls.Inputs;

/// <summary>Something posted to a call actor's inbox: from its leg, the shared clock, the REST layer or a sideband socket.</summary>
public abstract record ActorInput;
