using System.Text.Json.Serialization;

namespace Conformance.Harness.Reporting;

/// <summary>Source-generated JSON for <see cref="ScenarioTimeline"/>: camelCase, absent rather than null optional fields.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ScenarioTimeline))]
internal sealed partial class TimelineJsonContext : JsonSerializerContext;
