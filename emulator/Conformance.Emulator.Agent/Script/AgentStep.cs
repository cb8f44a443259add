using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// What the call actor does this tick: send <see cref="Clear"/> first if set (the protocol's clear,
/// and reset the encoder/resampler), then send <see cref="Output"/> (or silence) as the frame
/// starting at <see cref="OutputStart"/>, journal <see cref="TurnEvents"/> and <see cref="Cues"/>,
/// and end the call after this frame if <see cref="HangUp"/>. The lists are the session's own
/// buffers: read them before the next call.
/// </summary>
public readonly record struct AgentStep(
    MediaTime OutputStart,
    AgentOutput? Output,
    bool Clear,
    bool HangUp,
    IReadOnlyList<TurnEvent> TurnEvents,
    IReadOnlyList<AgentCue> Cues);
