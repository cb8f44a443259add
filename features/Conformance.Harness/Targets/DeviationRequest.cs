using System.Text.Json.Nodes;

namespace Conformance.Harness.Targets;

/// <summary>A deviation to switch on for every scenario's tenant (emulator targets only): how the deviation test runs the suite against a deliberately broken emulator.</summary>
public sealed record DeviationRequest(string Name, JsonObject? Parameters = null);
