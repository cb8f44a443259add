using System.Text.Json.Nodes;
using Conformance.Contracts;
using Microsoft.OpenApi;

namespace Conformance.Harness.Targets;

/// <summary>
/// features/targets/target-profile.schema.json, checked with Conformance.Contracts' JSON Schema
/// 2020-12 validator. The validator works over Microsoft.OpenApi's schema model, so the schema is
/// loaded as the one component of a minimal OpenAPI 3.1 document (its <c>$defs</c> become sibling
/// components, their references rewritten to match). Loaded once.
/// </summary>
public static class TargetProfileSchema
{
    private const string RootName = "TargetProfile";
    private static readonly Lazy<IOpenApiSchema> s_schema = new(Load);

    /// <summary>Every violation, as "path: message" lines (empty when the profile conforms).</summary>
    public static IReadOnlyList<string> Validate(JsonNode? profile) =>
        [.. new SchemaValidator().Validate(profile, s_schema.Value).Select(v => $"{v.Location}: {v.Message}")];

    private static IOpenApiSchema Load()
    {
        var schema = JsonNode.Parse(File.ReadAllText(TargetProfileLoader.SchemaPath))!.AsObject();
        var components = new JsonObject();
        if (schema["$defs"] is JsonObject defs)
        {
            foreach (var (name, definition) in defs)
            {
                components[name] = Rewrite(definition!.DeepClone());
            }

            schema.Remove("$defs");
        }

        foreach (var keyword in new[] { "$schema", "$id" })
        {
            schema.Remove(keyword);
        }

        components[RootName] = Rewrite(schema);
        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "target profile", ["version"] = "1" },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = components },
        };
        var contract = ContractDocument.Parse(document.ToJsonString());
        var errors = contract.Diagnostics.Where(d => d.Severity == ViolationSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{TargetProfileLoader.SchemaPath} does not load as a schema: {string.Join("; ", errors)}");
        }

        return contract.Model.Components?.Schemas?[RootName]
            ?? throw new InvalidOperationException($"{TargetProfileLoader.SchemaPath}: the schema did not load.");
    }

    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (name == "$ref" && value is JsonValue v && v.GetValue<string>().StartsWith("#/$defs/", StringComparison.Ordinal))
                    {
                        o["$ref"] = "#/components/schemas/" + v.GetValue<string>()["#/$defs/".Length..];
                    }
                    else if (value is not null)
                    {
                        Rewrite(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Rewrite(item);
                    }
                }

                break;
        }

        return node;
    }
}
