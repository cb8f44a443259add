namespace Conformance.Gherkin.Messages;

public sealed record StepMatchArgument(Group Group, string? ParameterTypeName);
