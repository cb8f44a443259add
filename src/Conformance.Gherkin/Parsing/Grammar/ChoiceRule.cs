namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary><c>(A | B)</c>.</summary>
internal sealed class ChoiceRule(string name, params GrammarRule[] alternatives)
    : GrammarRule(name, RuleType.None, produces: false)
{
    public IReadOnlyList<GrammarRule> Alternatives { get; } = alternatives;
}
