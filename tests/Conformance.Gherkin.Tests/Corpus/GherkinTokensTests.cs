using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing;

namespace Conformance.Gherkin.Tests.Corpus;

/// <summary>
/// The token stream (each line as the parser consumed it) against the corpus's <c>*.tokens</c>
/// files, in upstream's test format: <c>(line:column)Type:(keywordType)keyword/text/items</c>.
/// </summary>
public sealed class GherkinTokensTests
{
    public static TheoryData<string> GoodFiles() => GherkinCorpus.GoodFiles();

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void GoodFile_Tokenized_EqualsExpectedTokens(string name)
    {
        var path = Path.Combine(GherkinCorpus.Good, name);
        var lines = new List<string>();
        var parser = new Parser(
            GherkinCorpus.Read(path),
            GherkinParser.KindOf(name) == GherkinSourceKind.Markdown ? new MarkdownTokenMatcher() : new ClassicTokenMatcher(),
            new IncrementingIdGenerator())
        {
            TokenConsumed = token => lines.Add(Format(token)),
        };

        var (document, errors) = parser.Parse(name);

        Assert.NotNull(document);
        Assert.Empty(errors);
        // Cell texts may hold newlines (an escaped \n), so compare the whole text, not lines.
        var expected = GherkinCorpus.Read(path + ".tokens").TrimEnd('\n');
        Assert.Equal(expected, string.Join('\n', lines));
    }

    private static string Format(Token token)
    {
        if (token.IsEof)
        {
            return "EOF";
        }

        var kind = token.MatchedKeyword is null ? "" : $"({token.MatchedKeywordType})";
        var items = token.MatchedType is TokenType.TagLine or TokenType.TableRow
            ? string.Join(',', token.MatchedItems.Select(i => $"{i.Column}:{i.Text}"))
            : "";
        return $"({token.LineNumber}:{token.Column}){token.MatchedType}:{kind}{token.MatchedKeyword}/{token.MatchedText}/{items}";
    }
}
