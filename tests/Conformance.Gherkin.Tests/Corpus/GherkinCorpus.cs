using System.Text;
using System.Text.Json.Nodes;
using Conformance.TestSupport;

namespace Conformance.Gherkin.Tests.Corpus;

/// <summary>Cucumber's reference corpus in ../shared/gherkin-testdata (read in place, never copied).</summary>
internal static class GherkinCorpus
{
    public static string Good => RepoPaths.RequireShared("gherkin-testdata", "good");

    public static string Bad => RepoPaths.RequireShared("gherkin-testdata", "bad");

    /// <summary>Every input in good/: plain <c>.feature</c> and Markdown <c>.feature.md</c> files.</summary>
    public static TheoryData<string> GoodFiles() => [.. Names(Good)];

    public static TheoryData<string> BadFiles() => [.. Names(Bad)];

    public static string Read(string path) => File.ReadAllText(path, new UTF8Encoding(false));

    /// <summary>The expected envelopes with every <c>uri</c> reduced to the file's name.</summary>
    public static IReadOnlyList<JsonNode> ReadNdjson(string path) =>
    [
        .. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => NormaliseUris(JsonNode.Parse(l)!)),
    ];

    public static JsonNode NormaliseUris(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToArray())
                {
                    if (key == "uri" && value is JsonValue v && v.TryGetValue<string>(out var uri))
                    {
                        o[key] = Path.GetFileName(uri);
                    }
                    else if (value is not null)
                    {
                        NormaliseUris(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        NormaliseUris(item);
                    }
                }

                break;
        }

        return node;
    }

    public static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".feature", StringComparison.Ordinal) || f.EndsWith(".feature.md", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);
}
