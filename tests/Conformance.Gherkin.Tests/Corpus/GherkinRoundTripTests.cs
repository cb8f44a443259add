using System.Text.Json.Nodes;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing;

namespace Conformance.Gherkin.Tests.Corpus;

/// <summary>Parse → format → parse gives the same document (locations, ids and comments aside), for every plain corpus file.</summary>
public sealed class GherkinRoundTripTests
{
    public static TheoryData<string> PlainFiles() =>
        [.. GherkinCorpus.Names(GherkinCorpus.Good).Where(n => n.EndsWith(".feature", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(PlainFiles))]
    public void GoodFile_FormattedAndReparsed_GivesTheSameDocument(string name)
    {
        var original = GherkinParser.Parse(GherkinCorpus.Read(Path.Combine(GherkinCorpus.Good, name)), name, new IncrementingIdGenerator());
        var formatted = GherkinFormatter.Format(original.Document!);

        var reparsed = GherkinParser.Parse(formatted, name, new IncrementingIdGenerator());

        Assert.True(reparsed.Succeeded, $"{string.Join("; ", reparsed.Errors)}\n{formatted}");
        Assert.Equal(Structure(original.Document!), Structure(reparsed.Document!));
        Assert.Equal(formatted, GherkinFormatter.Format(reparsed.Document!));
    }

    private static string Structure(Ast.GherkinDocument document)
    {
        var json = JsonNode.Parse(MessageJson.Serialize(document with { Comments = [] }))!;
        Strip(json);
        return json.ToJsonString();
    }

    private static void Strip(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("location");
                o.Remove("id");
                foreach (var (_, value) in o.ToArray())
                {
                    if (value is not null)
                    {
                        Strip(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Strip(item);
                    }
                }

                break;
        }
    }
}
