using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Emulator.Http;

/// <summary>
/// Reads numbers from JSON nodes whatever backs them (parsed JSON or a CLR int/long/double put
/// there by our own code): <c>JsonValue.GetValue&lt;long&gt;</c> throws on a node made from an int.
/// </summary>
public static class JsonRead
{
    public static double? AsDouble(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static int? AsInt(JsonNode? node) => AsDouble(node) is { } d ? (int)d : null;

    public static bool? AsBool(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValueKind() == JsonValueKind.True : null;

    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
