using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Calls.Status;

/// <summary>
/// A surface's view of a call's turns (specs/runtime.md §5): the actor tells every observer what
/// the agent decided, in order, from its own loop. Observers turn that into the vendor's status
/// messages (Omnia <c>state</c>/<c>transcript</c>, Everruns <c>voice.*</c>, OpenAI sideband events).
/// </summary>
public interface ICallObserver
{
    ValueTask MediaUpAsync(CancellationToken cancellationToken);

    ValueTask TurnEventAsync(TurnEvent turnEvent, CancellationToken cancellationToken);

    ValueTask CueAsync(AgentCue cue, CancellationToken cancellationToken);

    /// <summary>One frame of agent audio went out (transcripts advance with it).</summary>
    ValueTask AgentAudioAsync(AgentOutput output, CancellationToken cancellationToken);
}
