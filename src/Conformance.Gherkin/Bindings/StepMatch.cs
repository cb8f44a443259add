using Conformance.Gherkin.Expressions;

namespace Conformance.Gherkin.Bindings;

/// <summary>One step definition that matches a step's text, with the arguments it extracted.</summary>
public sealed record StepMatch(StepBinding Binding, IReadOnlyList<ExpressionArgument> Arguments);
