using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// One call's agent: the persona, the effective turn policy (persona defaults with the vendor
/// request layered on top), the clip catalog, and the leg's media clock (rate and frame length).
/// </summary>
public sealed record AgentSessionOptions
{
    public required Persona Persona { get; init; }

    public required ClipCatalog Clips { get; init; }

    /// <summary>Defaults to the persona's knobs over <see cref="TurnPolicy.Default"/>.</summary>
    public TurnPolicy? Policy { get; init; }

    /// <summary>The media clock: caller frames and agent output at this rate (the leg's).</summary>
    public int SampleRate { get; init; } = 8000;

    public int FrameMs { get; init; } = 20;

    public PlayedPositionSource PlayedPosition { get; init; } = PlayedPositionSource.SamplesSent;

    public TurnPolicy EffectivePolicy => Policy ?? Persona.Turn.ApplyTo(TurnPolicy.Default);
}
