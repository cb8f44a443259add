using System.Text;
using System.Text.Json.Nodes;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing;
using Conformance.Gherkin.Pickles;
using Conformance.Gherkin.Tests.Support;

namespace Conformance.Gherkin.Tests.Corpus;

/// <summary>
/// Beyond the corpus: random and mutated feature files parsed by us and by @cucumber/gherkin 42
/// (npm) must give the same AST, pickles and errors, message for message.
/// </summary>
[Trait("Category", "Interop")]
public sealed class DifferentialParserTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gherkin-differential-" + Guid.NewGuid().ToString("N"));

    public DifferentialParserTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RandomAndMutatedFiles_OurParserAndCucumbersJs_ProduceTheSameMessages()
    {
        var random = new Random(20260821);
        var corpus = GherkinCorpus.Names(GherkinCorpus.Good).Select(n => (n, GherkinCorpus.Read(Path.Combine(GherkinCorpus.Good, n)))).ToArray();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < 400; i++)
        {
            files[$"soup{i:000}.feature"] = GherkinSoup.Document(random);
        }

        for (var i = 0; i < 100; i++)
        {
            files[$"soup{i:000}.feature.md"] = GherkinSoup.Document(random);
        }

        for (var i = 0; i < 200; i++)
        {
            var (name, text) = corpus[random.Next(corpus.Length)];
            files[$"mutant{i:000}.{(name.EndsWith(".md", StringComparison.Ordinal) ? "feature.md" : "feature")}"] = GherkinSoup.Mutate(random, text);
        }

        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, name), text, new UTF8Encoding(false));
        }

        var reference = await ReferenceGherkin.ParseFolderAsync(_folder, CancellationToken.None);

        Assert.Equal(files.Count, reference.Count);
        var failing = reference.Values.Count(envelopes => envelopes.Any(e => e!.AsObject().ContainsKey("parseError")));
        Assert.InRange(failing, files.Count / 5, files.Count * 4 / 5);
        Assert.DoesNotContain(reference.Values, envelopes => envelopes.Any(e => e!.AsObject().ContainsKey("crash")));
        var differences = new List<string>();
        foreach (var (name, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var expected = reference[name];
            var actual = Ours(name, text);
            if (!JsonNode.DeepEquals(expected, actual))
            {
                differences.Add($"{name}:\n{text}\n--- @cucumber/gherkin:\n{expected.ToJsonString()}\n--- ours:\n{actual.ToJsonString()}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {files.Count} files differ; first:\n{differences.FirstOrDefault()}");
    }

    private static JsonArray Ours(string name, string text)
    {
        var ids = new IncrementingIdGenerator();
        var result = GherkinParser.Parse(text, name, ids);
        var envelopes = result.Document is { } document
            ? [new Envelope { GherkinDocument = document }, .. PickleCompiler.Compile(document, ids).Select(p => new Envelope { Pickle = p })]
            : result.Errors.Select(e => new Envelope { ParseError = new ParseErrorMessage(new SourceReference(name, e.Location), e.Message) }).ToArray();
        return new JsonArray([.. envelopes.Select(e => JsonNode.Parse(MessageJson.Serialize(e)))]);
    }
}
