namespace Conformance.Gherkin.Parsing.Grammar;

internal readonly record struct GrammarElement(GrammarRule Rule, Repeat Repeat);
