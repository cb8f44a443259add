namespace Conformance.Gherkin.Messages;

public sealed record TestRunHookFinished(string TestRunHookStartedId, TestStepResult Result, Timestamp Timestamp);
