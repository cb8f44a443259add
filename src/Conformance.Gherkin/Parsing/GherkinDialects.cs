using System.Collections.Frozen;
using System.Text.Json;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Every language Cucumber's keyword table defines. The table is embedded at build time from
/// <c>../shared/gherkin-testdata/gherkin-languages.json</c>; when a build lacked it, only English is
/// known and <see cref="MissingTableNote"/> says why.
/// </summary>
public static class GherkinDialects
{
    public const string DefaultLanguage = "en";

    private const string ResourceName = "Conformance.Gherkin.gherkin-languages.json";

    private static readonly Lazy<FrozenDictionary<string, GherkinDialect>> s_all = new(Load);
    private static string? s_missingTableNote;

    /// <summary>All language codes, sorted.</summary>
    public static IReadOnlyList<string> Languages => [.. s_all.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Null when the full table is embedded; otherwise why only English is available.</summary>
    public static string? MissingTableNote
    {
        get
        {
            _ = s_all.Value;
            return s_missingTableNote;
        }
    }

    public static GherkinDialect English => s_all.Value[DefaultLanguage];

    public static bool TryGet(string language, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GherkinDialect? dialect) =>
        s_all.Value.TryGetValue(language, out dialect);

    private static FrozenDictionary<string, GherkinDialect> Load()
    {
        using var stream = typeof(GherkinDialects).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            s_missingTableNote =
                "this build of Conformance.Gherkin knows English only: Cucumber's gherkin-languages.json " +
                "was not found in ../shared/gherkin-testdata when it was built";
            return new Dictionary<string, GherkinDialect>(StringComparer.Ordinal) { [DefaultLanguage] = BuiltInEnglish() }
                .ToFrozenDictionary(StringComparer.Ordinal);
        }

        using var json = JsonDocument.Parse(stream);
        var dialects = new Dictionary<string, GherkinDialect>(StringComparer.Ordinal);
        foreach (var language in json.RootElement.EnumerateObject())
        {
            var d = language.Value;
            string[] List(string name) => [.. d.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
            dialects[language.Name] = new GherkinDialect(
                language.Name,
                d.GetProperty("name").GetString()!,
                d.GetProperty("native").GetString()!,
                List("feature"),
                List("rule"),
                List("background"),
                List("scenario"),
                List("scenarioOutline"),
                List("examples"),
                List("given"),
                List("when"),
                List("then"),
                List("and"),
                List("but"));
        }

        return dialects.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static GherkinDialect BuiltInEnglish() => new(
        DefaultLanguage,
        "English",
        "English",
        ["Feature", "Business Need", "Ability"],
        ["Rule"],
        ["Background"],
        ["Example", "Scenario"],
        ["Scenario Outline", "Scenario Template"],
        ["Examples", "Scenarios"],
        ["* ", "Given "],
        ["* ", "When "],
        ["* ", "Then "],
        ["* ", "And "],
        ["* ", "But "]);
}
