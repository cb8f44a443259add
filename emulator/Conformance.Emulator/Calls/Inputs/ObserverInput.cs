using Conformance.Emulator.Calls.Status;

namespace Conformance.Emulator.Calls.Inputs;

/// <summary>An observer (a sideband socket) joins or leaves a running call.</summary>
public sealed record ObserverInput(ICallObserver Observer, bool Add) : ActorInput;
