using System.Text.Json.Nodes;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Configuration;

/// <summary>An agent to register on a surface: id (generated when null), name, status, persona, turn knobs, surface config.</summary>
public sealed record AgentSeed(Surface Surface, string? Id, string Name, string? Description, string? Status, string Persona, TurnKnobs Knobs, JsonObject? Config);
