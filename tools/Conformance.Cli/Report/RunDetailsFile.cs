using System.Text.Json;

namespace Conformance.Cli.Report;

/// <summary>
/// <c>{name}.details.json</c> beside a run's NDJSON: what the messages do not carry (target, tag
/// filter, features folder, parallelism) as <c>[{"name":…,"value":…}]</c>, so <c>conform report</c>
/// can rebuild the same summary later.
/// </summary>
internal static class RunDetailsFile
{
    public static string PathFor(string ndjsonPath) =>
        Path.Combine(Path.GetDirectoryName(ndjsonPath) ?? ".", Path.GetFileNameWithoutExtension(ndjsonPath) + ".details.json");

    public static async Task WriteAsync(string path, IReadOnlyList<KeyValuePair<string, string>> details, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var (name, value) in details)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>The details, or none when the file is absent or not in this shape (the report is still built).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return [.. document.RootElement.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object
                    && e.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                    && e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
                .Select(e => KeyValuePair.Create(e.GetProperty("name").GetString()!, e.GetProperty("value").GetString()!))];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return [];
        }
    }
}
