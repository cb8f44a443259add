namespace Conformance.Gherkin.Messages;

public sealed record TestStepFinished(string TestCaseStartedId, string TestStepId, TestStepResult TestStepResult, Timestamp Timestamp);
