using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// The keywords of one spoken language, as Cucumber's <c>gherkin-languages.json</c> lists them.
/// Step keywords keep their trailing space where the language separates words with one.
/// </summary>
public sealed class GherkinDialect
{
    private readonly Dictionary<string, StepKeywordType> _stepKeywordTypes;

    public GherkinDialect(
        string language,
        string name,
        string native,
        IReadOnlyList<string> feature,
        IReadOnlyList<string> rule,
        IReadOnlyList<string> background,
        IReadOnlyList<string> scenario,
        IReadOnlyList<string> scenarioOutline,
        IReadOnlyList<string> examples,
        IReadOnlyList<string> given,
        IReadOnlyList<string> when,
        IReadOnlyList<string> then,
        IReadOnlyList<string> and,
        IReadOnlyList<string> but)
    {
        Language = language;
        Name = name;
        Native = native;
        Feature = feature;
        Rule = rule;
        Background = background;
        Scenario = scenario;
        ScenarioOutline = scenarioOutline;
        Examples = examples;
        Given = given;
        When = when;
        Then = then;
        And = and;
        But = but;

        // A keyword listed under several kinds (every language's "* ") has no single meaning.
        var kinds = new Dictionary<string, List<StepKeywordType>>(StringComparer.Ordinal);
        void Add(IEnumerable<string> keywords, StepKeywordType type)
        {
            foreach (var keyword in keywords)
            {
                if (!kinds.TryGetValue(keyword, out var list))
                {
                    kinds[keyword] = list = [];
                }

                list.Add(type);
            }
        }

        Add(given, StepKeywordType.Context);
        Add(when, StepKeywordType.Action);
        Add(then, StepKeywordType.Outcome);
        Add(and.Concat(but), StepKeywordType.Conjunction);
        _stepKeywordTypes = kinds.ToDictionary(
            k => k.Key, k => k.Value.Count > 1 ? StepKeywordType.Unknown : k.Value[0], StringComparer.Ordinal);

        // Longest first, so "Given " is not taken for a shorter keyword that prefixes it; the sort
        // is stable, so keywords of equal length keep the table's order.
        StepKeywords = [.. given.Concat(when).Concat(then).Concat(and).Concat(but).OrderByDescending(k => k.Length)];
    }

    /// <summary>The language code used in <c># language: xx</c>.</summary>
    public string Language { get; }

    public string Name { get; }

    public string Native { get; }

    public IReadOnlyList<string> Feature { get; }

    public IReadOnlyList<string> Rule { get; }

    public IReadOnlyList<string> Background { get; }

    public IReadOnlyList<string> Scenario { get; }

    public IReadOnlyList<string> ScenarioOutline { get; }

    public IReadOnlyList<string> Examples { get; }

    public IReadOnlyList<string> Given { get; }

    public IReadOnlyList<string> When { get; }

    public IReadOnlyList<string> Then { get; }

    public IReadOnlyList<string> And { get; }

    public IReadOnlyList<string> But { get; }

    /// <summary>Every step keyword, longest first (the order the tokenizer tries them in).</summary>
    public IReadOnlyList<string> StepKeywords { get; }

    public StepKeywordType KeywordTypeOf(string keyword) =>
        _stepKeywordTypes.TryGetValue(keyword, out var type) ? type : StepKeywordType.Unknown;
}
