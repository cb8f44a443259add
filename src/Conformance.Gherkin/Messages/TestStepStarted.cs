namespace Conformance.Gherkin.Messages;

public sealed record TestStepStarted(string TestCaseStartedId, string TestStepId, Timestamp Timestamp);
