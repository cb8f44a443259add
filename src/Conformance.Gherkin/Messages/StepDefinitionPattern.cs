namespace Conformance.Gherkin.Messages;

public sealed record StepDefinitionPattern(string Source, StepDefinitionPatternType Type);
