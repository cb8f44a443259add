using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Conformance.Contracts;

/// <summary>Classifies JSON instances the way JSON Schema 2020-12 §6.1.1 does (an integral number is also an "integer").</summary>
internal static class JsonInstance
{
    public static JsonSchemaType KindOf(JsonNode? node) => node switch
    {
        null => JsonSchemaType.Null,
        JsonObject => JsonSchemaType.Object,
        JsonArray => JsonSchemaType.Array,
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => JsonSchemaType.String,
            JsonValueKind.Number => IsIntegral(node) ? JsonSchemaType.Integer | JsonSchemaType.Number : JsonSchemaType.Number,
            JsonValueKind.True or JsonValueKind.False => JsonSchemaType.Boolean,
            _ => JsonSchemaType.Null,
        },
    };

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => IsIntegral(node) ? "integer" : "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
    };

    public static string Describe(JsonSchemaType type)
    {
        var names = new List<string>();
        foreach (var (flag, name) in s_typeNames)
        {
            if ((type & flag) == flag)
            {
                names.Add(name);
            }
        }

        return string.Join(" | ", names);
    }

    /// <summary>The number as a decimal when it fits, else as a double (huge exponents).</summary>
    public static bool TryGetNumber(JsonNode? node, out decimal asDecimal, out double asDouble)
    {
        asDecimal = 0;
        asDouble = 0;
        if (node is not JsonValue || node.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        var text = NumberText(node);
        asDouble = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out asDecimal))
        {
            asDecimal = asDouble > 0 ? decimal.MaxValue : decimal.MinValue;
        }

        return true;
    }

    public static bool TryParseKeyword(string? keyword, out decimal value)
    {
        value = 0;
        return keyword is not null && decimal.TryParse(keyword, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// A number's JSON text. A parsed value answers from its JsonElement without the writer
    /// ToJsonString sets up on every call.
    /// </summary>
    public static string NumberText(JsonNode node) =>
        node is JsonValue value && value.TryGetValue<JsonElement>(out var element) ? element.GetRawText() : node.ToJsonString();

    private static bool IsIntegral(JsonNode node)
    {
        var text = NumberText(node);
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return decimal.Truncate(d) == d;
        }

        var dbl = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return !double.IsInfinity(dbl) && Math.Floor(dbl) == dbl;
    }

    private static readonly (JsonSchemaType Flag, string Name)[] s_typeNames =
    [
        (JsonSchemaType.Null, "null"),
        (JsonSchemaType.Boolean, "boolean"),
        (JsonSchemaType.Integer, "integer"),
        (JsonSchemaType.Number, "number"),
        (JsonSchemaType.String, "string"),
        (JsonSchemaType.Object, "object"),
        (JsonSchemaType.Array, "array"),
    ];
}
