namespace Conformance.Gherkin.Messages;

public sealed record TestCaseFinished(string TestCaseStartedId, Timestamp Timestamp, bool WillBeRetried);
