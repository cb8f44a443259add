using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Parses Gherkin (plain or Markdown) into a <see cref="Ast.GherkinDocument"/>, conforming to
/// Cucumber's reference corpus. Pure: text in, document or errors out; never throws for bad input.
/// </summary>
public static class GherkinParser
{
    /// <param name="source">The file's text (LF or CRLF).</param>
    /// <param name="uri">Recorded in the document; also picks Markdown for <c>.md</c> when <paramref name="kind"/> is null.</param>
    /// <param name="ids">The run's id generator (ids are unique across every document of a run).</param>
    /// <param name="kind">Plain or Markdown; null to decide from the uri.</param>
    /// <param name="defaultLanguage">The language when the file has no <c># language:</c> line.</param>
    /// <exception cref="ArgumentException"><paramref name="defaultLanguage"/> is not a known language (a caller's mistake, unlike anything in the source).</exception>
    public static ParseResult Parse(
        string source, string uri, IIdGenerator ids, GherkinSourceKind? kind = null, string defaultLanguage = GherkinDialects.DefaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(ids);
        if (!GherkinDialects.TryGet(defaultLanguage, out _))
        {
            throw new ArgumentException($"Language not supported: {defaultLanguage}", nameof(defaultLanguage));
        }

        ITokenMatcher matcher = (kind ?? KindOf(uri)) == GherkinSourceKind.Markdown
            ? new MarkdownTokenMatcher(defaultLanguage)
            : new ClassicTokenMatcher(defaultLanguage);
        var (document, errors) = new Parser(source, matcher, ids).Parse(uri);
        return new ParseResult(document, errors);
    }

    public static GherkinSourceKind KindOf(string uri) =>
        uri.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? GherkinSourceKind.Markdown : GherkinSourceKind.Plain;

    /// <summary>The media type Cucumber Messages use for a source of this kind.</summary>
    public static string MediaType(GherkinSourceKind kind) =>
        kind == GherkinSourceKind.Markdown ? "text/x.cucumber.gherkin+markdown" : "text/x.cucumber.gherkin+plain";
}
