namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>
/// <c>[#Empty|#Comment|#TagLine-&gt;#ScenarioLine]</c>: a branch is taken only if, skipping lines of
/// the <see cref="Skip"/> kinds, the next line is <see cref="Expected"/>. That is how a tag line is
/// attributed to the scenario, the examples or the rule that follows it.
/// </summary>
internal sealed record LookaheadHint(IReadOnlyList<TokenType> Skip, TokenType Expected);
