namespace Conformance.Gherkin.Ast;

/// <summary>Exactly one of <see cref="Background"/> or <see cref="Scenario"/> is set.</summary>
public sealed record RuleChild(Background? Background = null, Scenario? Scenario = null);
