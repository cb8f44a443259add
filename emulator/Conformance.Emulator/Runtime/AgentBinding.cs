namespace Conformance.Emulator.Runtime;

/// <summary>
/// What the scripted model behind a call is: a persona (an id naming a YAML persona under
/// fixtures/model/personas — its format belongs to the runtime) plus the turn knobs and model
/// media format the surface supplied. <see cref="AgentId"/> is the surface's agent id when the
/// binding came from a registered agent, null for an inline spec.
/// </summary>
public sealed record AgentBinding(string Persona, TurnKnobs Knobs)
{
    public string? AgentId { get; init; }

    public string? Instructions { get; init; }

    public string? Voice { get; init; }

    public string? Model { get; init; }

    public ModelCodec? ModelCodec { get; init; }

    public int? InputRateHz { get; init; }

    public int? OutputRateHz { get; init; }

    public const string DefaultPersona = "default";
}
