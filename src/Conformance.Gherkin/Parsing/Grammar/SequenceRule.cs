namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary><c>A B? C*</c>.</summary>
internal sealed class SequenceRule(string name, RuleType ruleType, bool produces, params GrammarElement[] elements)
    : GrammarRule(name, ruleType, produces)
{
    public IReadOnlyList<GrammarElement> Elements { get; } = elements;
}
