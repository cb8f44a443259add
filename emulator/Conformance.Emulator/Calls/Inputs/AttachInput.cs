using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.Calls.Inputs;

/// <summary>Bind (or re-bind) the scripted agent; it starts at the next frame once media is up.</summary>
public sealed record AttachInput(AgentBinding Binding) : ActorInput;
