namespace Conformance.Gherkin.Ast;

/// <summary>Exactly one of <see cref="Rule"/>, <see cref="Background"/> or <see cref="Scenario"/> is set.</summary>
public sealed record FeatureChild(Rule? Rule = null, Background? Background = null, Scenario? Scenario = null);
