using System.Text.Json.Nodes;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing;
using Conformance.Gherkin.Pickles;
using Conformance.Gherkin.Tests.Support;

namespace Conformance.Gherkin.Tests.Corpus;

/// <summary>
/// Conformance with Cucumber's reference corpus (cucumber/gherkin testdata): one test per file,
/// comparing our messages with the expected ones as JSON (uris reduced to file names; ids come
/// from a generator that starts at 0 for each file, as upstream's do).
/// </summary>
public sealed class GherkinCorpusTests
{
    public static TheoryData<string> GoodFiles() => GherkinCorpus.GoodFiles();

    public static TheoryData<string> BadFiles() => GherkinCorpus.BadFiles();

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void GoodFile_ParsedAndCompiled_EqualsExpectedAstAndPickles(string name) =>
        AssertParsesToExpected(name, GherkinCorpus.Read(Path.Combine(GherkinCorpus.Good, name)));

    // The expected source message holds upstream's exact input. It matters for *.crlf.feature:
    // the copies in ../shared have lost their CRs, so only this text exercises CRLF input.
    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void GoodFile_UpstreamSourceText_ParsesToExpectedMessages(string name)
    {
        var path = Path.Combine(GherkinCorpus.Good, name);
        var expected = Assert.Single(GherkinCorpus.ReadNdjson(path + ".source.ndjson"));
        var data = expected["source"]!["data"]!.GetValue<string>();
        var source = new Source(name, data, GherkinParser.MediaType(GherkinParser.KindOf(name)));

        JsonAssert.Equal(expected, Normalised(new Envelope { Source = source }), $"{name} source");
        if (name.Contains(".crlf.", StringComparison.Ordinal))
        {
            Assert.Contains("\r\n", data, StringComparison.Ordinal);
        }

        AssertParsesToExpected(name, data);
    }

    private static void AssertParsesToExpected(string name, string text)
    {
        var path = Path.Combine(GherkinCorpus.Good, name);
        var ids = new IncrementingIdGenerator();

        var result = GherkinParser.Parse(text, name, ids);

        Assert.True(result.Succeeded, $"{name} should parse: {string.Join("; ", result.Errors)}");
        var expectedAst = GherkinCorpus.ReadNdjson(path + ".ast.ndjson");
        var actualAst = Normalised(new Envelope { GherkinDocument = result.Document });
        JsonAssert.Equal(Assert.Single(expectedAst), actualAst, $"{name} AST");

        var pickles = PickleCompiler.Compile(result.Document!, ids);
        var expectedPickles = GherkinCorpus.ReadNdjson(path + ".pickles.ndjson");
        Assert.Equal(expectedPickles.Count, pickles.Count);
        for (var i = 0; i < pickles.Count; i++)
        {
            JsonAssert.Equal(expectedPickles[i], Normalised(new Envelope { Pickle = pickles[i] }), $"{name} pickle {i}");
        }
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadFile_Parsed_ReportsExpectedErrors(string name)
    {
        var path = Path.Combine(GherkinCorpus.Bad, name);

        var result = GherkinParser.Parse(GherkinCorpus.Read(path), name, new IncrementingIdGenerator());

        Assert.False(result.Succeeded);
        var expected = GherkinCorpus.ReadNdjson(path + ".errors.ndjson");
        var actual = result.Errors
            .Select(e => Normalised(new Envelope { ParseError = new ParseErrorMessage(new SourceReference(name, e.Location), e.Message) }))
            .ToArray();
        Assert.Equal(expected.Count, actual.Length);
        for (var i = 0; i < actual.Length; i++)
        {
            JsonAssert.Equal(expected[i], actual[i], $"{name} error {i}");
        }
    }

    private static JsonNode Normalised(Envelope envelope) =>
        GherkinCorpus.NormaliseUris(JsonNode.Parse(MessageJson.Serialize(envelope))!);
}
