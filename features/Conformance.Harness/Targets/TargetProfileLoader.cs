using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Harness.Targets;

/// <summary>
/// Reads a target profile: JSON checked against <c>features/targets/target-profile.schema.json</c>
/// (every violation reported with its JSON path), then mapped. An inline secret is refused with
/// a message that says to name an environment variable instead.
/// </summary>
public static class TargetProfileLoader
{
    private static readonly string[] s_secretFields = ["apiKey", "key", "token", "secret", "password"];

    public static string SchemaPath => HarnessPaths.InRepo("features", "targets", "target-profile.schema.json");

    /// <exception cref="TargetProfileException">The file is missing, not JSON, or breaks the schema.</exception>
    public static TargetProfile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TargetProfileException(path, [$"no such file (CONFORMANCE_TARGET is 'emulator' or the path of a profile JSON; examples are in features/targets/examples)"]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <exception cref="TargetProfileException">Not JSON, or breaks the schema.</exception>
    public static TargetProfile Parse(string json, string source = "(inline)")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new TargetProfileException(source, [$"not valid JSON: {e.Message}"]);
        }

        var problems = new List<string>();
        problems.AddRange(InlineSecrets(root, "$"));
        problems.AddRange(TargetProfileSchema.Validate(root));
        if (problems.Count > 0)
        {
            throw new TargetProfileException(source, problems);
        }

        return Map((JsonObject)root!);
    }

    private static TargetProfile Map(JsonObject root)
    {
        var surfaces = new Dictionary<SurfaceName, SurfaceTarget>();
        foreach (var (name, node) in root["surfaces"]!.AsObject())
        {
            // The schema admits only the five surface names.
            var surface = SurfaceNames.TryParse(name, out var parsed) ? parsed : throw new InvalidOperationException($"unknown surface '{name}' passed the schema");
            var s = node!.AsObject();
            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in s)
            {
                if (key is "baseUrl" or "apiKeyEnv")
                {
                    continue;
                }

                if (value is JsonObject map)
                {
                    foreach (var (inner, innerValue) in map)
                    {
                        settings[$"{key}.{inner}"] = innerValue!.GetValue<string>();
                    }
                }
                else
                {
                    settings[key] = value!.GetValue<string>();
                }
            }

            surfaces[surface] = new SurfaceTarget(surface, new Uri(s["baseUrl"]!.GetValue<string>()), s["apiKeyEnv"]!.GetValue<string>()) { Settings = settings };
        }

        var budgets = TimingBudgets.Production;
        if (root["budgets"] is JsonObject b)
        {
            budgets = budgets with
            {
                TurnGapMs = Number(b, "turnGapMs") ?? budgets.TurnGapMs,
                BargeInStopMs = Number(b, "bargeInStopMs") ?? budgets.BargeInStopMs,
                ClearLatencyMs = Number(b, "clearLatencyMs") ?? budgets.ClearLatencyMs,
                AudioLeakMs = Number(b, "audioLeakMs") ?? budgets.AudioLeakMs,
                TruncateErrorMs = Number(b, "truncateErrorMs") ?? budgets.TruncateErrorMs,
            };
        }

        return new TargetProfile(root["name"]!.GetValue<string>(), surfaces)
        {
            Description = root["description"]?.GetValue<string>(),
            Tags = root["tags"]?.GetValue<string>(),
            Budgets = budgets,
            Control = root["control"]?["baseUrl"] is { } control ? new Uri(control.GetValue<string>()) : null,
        };
    }

    private static double? Number(JsonObject o, string name) => o[name]?.GetValue<double>();

    /// <summary>Secrets written into the file: said plainly, before the schema's "unknown property".</summary>
    private static IEnumerable<string> InlineSecrets(JsonNode? node, string path)
    {
        if (node is JsonObject o)
        {
            foreach (var (name, value) in o)
            {
                if (s_secretFields.Contains(name, StringComparer.OrdinalIgnoreCase) && value is JsonValue)
                {
                    yield return $"{path}.{name}: a secret written in the profile; put it in an environment variable and name that variable in \"apiKeyEnv\"";
                }

                foreach (var inner in InlineSecrets(value, $"{path}.{name}"))
                {
                    yield return inner;
                }
            }
        }
    }
}
