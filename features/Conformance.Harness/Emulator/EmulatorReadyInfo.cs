using System.Text.Json.Nodes;

namespace Conformance.Harness.Emulator;

/// <summary>
/// The emulator's <c>CONFORMANCE-EMULATOR-READY {json}</c> line (specs/control.md CTL-HOST-002):
/// where it listens, each surface's stand-in base URL, the control plane, whether the call
/// runtime and WebRTC answers are installed, and the seeded tenants' keys.
/// </summary>
public sealed record EmulatorReadyInfo(Uri BaseUrl, Uri Control, IReadOnlyDictionary<string, Uri> Surfaces, bool RuntimeInstalled, string RuntimeDescription, bool WebRtcAvailable, JsonObject Raw)
{
    public const string Marker = "CONFORMANCE-EMULATOR-READY";

    /// <summary>Parses the JSON after the marker; a missing field is a <see cref="FormatException"/> naming it.</summary>
    public static EmulatorReadyInfo Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("the READY line's JSON is not an object");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new FormatException($"the READY line is not JSON: {e.Message}", e);
        }

        var surfaces = new Dictionary<string, Uri>(StringComparer.Ordinal);
        if (root["surfaces"] is JsonObject s)
        {
            foreach (var (name, node) in s)
            {
                surfaces[name] = new Uri(Required(node, "baseUrl"));
            }
        }

        return new EmulatorReadyInfo(
            new Uri(Required(root, "baseUrl")),
            new Uri(Required(root, "control")),
            surfaces,
            root["runtime"]?["installed"]?.GetValue<bool>() ?? false,
            root["runtime"]?["description"]?.GetValue<string>() ?? "",
            root["webrtc"]?["available"]?.GetValue<bool>() ?? false,
            root);
    }

    private static string Required(JsonNode? node, string name) =>
        node?[name]?.GetValue<string>() ?? throw new FormatException($"the READY line has no '{name}'");
}
