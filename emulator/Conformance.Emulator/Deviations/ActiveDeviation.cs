using System.Text.Json.Nodes;

namespace Conformance.Emulator.Deviations;

/// <summary>A deviation switched on, with its parameters and scope.</summary>
public sealed record ActiveDeviation(string Id, string Name, JsonObject Parameters, DeviationScope Scope, DateTimeOffset CreatedAt)
{
    public string? GetString(string name) => Http.JsonRead.AsString(Parameters[name]);

    public long? GetInteger(string name) => Http.JsonRead.AsDouble(Parameters[name]) is { } d && Math.Floor(d) == d ? (long)d : null;

    public double? GetNumber(string name) => Http.JsonRead.AsDouble(Parameters[name]);

    public bool? GetBoolean(string name) => Http.JsonRead.AsBool(Parameters[name]);
}
