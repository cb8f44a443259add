namespace Conformance.Gherkin.Messages;

public sealed record StepMatchArgumentsList(IReadOnlyList<StepMatchArgument> StepMatchArguments);
