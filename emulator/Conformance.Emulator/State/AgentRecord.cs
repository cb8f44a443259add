using System.Text.Json.Nodes;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.State;

/// <summary>
/// A registered agent on one surface: its public fields, the persona the scripted model plays
/// and the turn knobs it carries. <see cref="Config"/> keeps the surface's own configuration
/// object (Omnia <c>AgentConfig</c>, Everruns agent fields) as received, for read-back.
/// </summary>
public sealed class AgentRecord
{
    public required string Id { get; init; }

    public required Surface Surface { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>In the surface's vocabulary: Omnia ACTIVE/INACTIVE/SUSPENDED, Everruns active/archived, Voice.ai deployed/paused, ClutchCall active.</summary>
    public required string Status { get; set; }

    public string Persona { get; set; } = AgentBinding.DefaultPersona;

    public TurnKnobs Knobs { get; set; } = new();

    public JsonObject Config { get; set; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public AgentBinding ToBinding() => new(Persona, Knobs)
    {
        AgentId = Id,
        Instructions = Config["basePrompt"]?.GetValue<string>() ?? Config["system_prompt"]?.GetValue<string>(),
    };
}
