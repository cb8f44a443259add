namespace Conformance.Gherkin.Messages;

public sealed record TestStepResult(Duration Duration, string? Message, TestStepResultStatus Status, ExceptionInfo? Exception = null);
