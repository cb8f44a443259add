using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing;
using Conformance.Gherkin.Pickles;
using Conformance.Gherkin.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Gherkin.Tests.Parsing;

public sealed class ParserRobustnessTests
{
    [Fact]
    public void Parse_RandomDocuments_NeverThrowsAndLocatesEveryError()
    {
        var seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

        Prop.ForAll(seeds, seed =>
        {
            var text = GherkinSoup.Document(new Random(seed));
            foreach (var kind in new[] { GherkinSourceKind.Plain, GherkinSourceKind.Markdown })
            {
                var ids = new IncrementingIdGenerator();
                var result = GherkinParser.Parse(text, "soup.feature", ids, kind);
                var lineCount = text.Split('\n').Length + 1;
                if (result.Document is { } document)
                {
                    Assert.Empty(result.Errors);
                    _ = PickleCompiler.Compile(document, ids);
                }
                else
                {
                    Assert.InRange(result.Errors.Count, 1, 11);
                    Assert.All(result.Errors, e => Assert.InRange(e.Location.Line, 1, lineCount));
                    Assert.All(result.Errors, e => Assert.StartsWith($"({e.Location.Line}:{e.Location.Column ?? 0}): ", e.Message, StringComparison.Ordinal));
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_ManyErrors_StopsAfterElevenLikeTheReferenceParsers()
    {
        var text = "Feature: x\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"  @bad tag{i}\nnot gherkin {i}\n"));

        var result = GherkinParser.Parse(text, "many.feature", new IncrementingIdGenerator());

        Assert.Equal(11, result.Errors.Count);
    }

    [Fact]
    public void Parse_DefaultLanguageFrench_UsesFrenchKeywordsWithoutAHeader()
    {
        var result = GherkinParser.Parse("Fonctionnalité: f\n  Scénario: s\n    Soit x\n", "fr.feature", new IncrementingIdGenerator(), defaultLanguage: "fr");

        Assert.Equal("fr", result.Document!.Feature!.Language);
        Assert.Throws<ArgumentException>(() => GherkinParser.Parse("", "x.feature", new IncrementingIdGenerator(), defaultLanguage: "xx"));
    }

    [Fact]
    public void Parse_CrlfAndLf_GiveTheSameDocument()
    {
        const string lf = "Feature: f\n  Scenario: s\n    Given a\n      \"\"\"\n      text\n      \"\"\"\n";

        var a = GherkinParser.Parse(lf, "x.feature", new IncrementingIdGenerator());
        var b = GherkinParser.Parse(lf.Replace("\n", "\r\n", StringComparison.Ordinal), "x.feature", new IncrementingIdGenerator());

        Assert.Equal(MessageJson.Serialize(new Envelope { GherkinDocument = a.Document }), MessageJson.Serialize(new Envelope { GherkinDocument = b.Document }));
    }

    [Fact]
    public void Parse_EveryLanguage_HasAllKeywordsInTheEmbeddedTable()
    {
        Assert.Null(GherkinDialects.MissingTableNote);
        Assert.Equal(80, GherkinDialects.Languages.Count);
        foreach (var language in GherkinDialects.Languages)
        {
            Assert.True(GherkinDialects.TryGet(language, out var dialect));
            var text = $"# language: {language}\n{dialect.Feature[0]}: f\n  {dialect.Scenario[0]}: s\n    {dialect.Given[^1]}x\n";
            var result = GherkinParser.Parse(text, "i18n.feature", new IncrementingIdGenerator());
            Assert.True(result.Succeeded, $"{language}: {string.Join("; ", result.Errors)}");
            Assert.Equal(language, result.Document!.Feature!.Language);
        }
    }
}
