using System.Text.Json.Nodes;

namespace Conformance.Harness.Emulator;

/// <summary>A deliberate rule break the emulator can commit (<c>GET /_emulator/deviations/catalog</c>): name, layer, the rules it breaks, its parameters.</summary>
public sealed record DeviationInfo(string Name, string Layer, string Description, IReadOnlyList<string> Surfaces, IReadOnlyList<string> Breaks, IReadOnlyList<(string Name, string Type, bool Required)> Parameters)
{
    public static DeviationInfo FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new DeviationInfo(
            node["name"]!.GetValue<string>(),
            node["layer"]?.GetValue<string>() ?? "",
            node["description"]?.GetValue<string>() ?? "",
            Strings(node["surfaces"]),
            Strings(node["breaks"]),
            [.. (node["parameters"] as JsonArray ?? []).Select(p => (p!["name"]!.GetValue<string>(), p["type"]?.GetValue<string>() ?? "", p["required"]?.GetValue<bool>() ?? false))]);
    }

    private static string[] Strings(JsonNode? node) => [.. (node as JsonArray ?? []).Select(n => n!.GetValue<string>())];
}
