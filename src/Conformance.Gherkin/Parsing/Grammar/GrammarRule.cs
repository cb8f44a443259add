namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>
/// A grammar rule. <see cref="Produces"/> rules (<c>Name!</c> in the grammar) open and close a
/// node in the AST builder; the others only shape the language.
/// </summary>
internal abstract class GrammarRule(string name, RuleType ruleType, bool produces)
{
    public string Name { get; } = name;

    public RuleType RuleType { get; } = ruleType;

    public bool Produces { get; } = produces;

    public LookaheadHint? Lookahead { get; init; }

    public override string ToString() => Name;
}
