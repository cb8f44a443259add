using System.Text.Json.Nodes;

namespace Conformance.Emulator.Deviations;

/// <summary>A deviation switched on, with its parameters and scope.</summary>
public sealed record ActiveDeviation(string Id, string Name, JsonObject Parameters, DeviationScope Scope, DateTimeOffset CreatedAt)
{
    public string? GetString(string name) => Parameters[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public long? GetInteger(string name) => Parameters[name] is JsonValue v && v.TryGetValue<long>(out var l) ? l : null;

    public double? GetNumber(string name) => Parameters[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    public bool? GetBoolean(string name) => Parameters[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
}
