using System.Text.Json.Nodes;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Configuration;

/// <summary>A deviation to switch on at start.</summary>
public sealed record DeviationConfig(string Name, JsonObject Parameters, Surface? Surface, string? TenantId);
