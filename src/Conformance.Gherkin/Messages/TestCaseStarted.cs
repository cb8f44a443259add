namespace Conformance.Gherkin.Messages;

public sealed record TestCaseStarted(int Attempt, string Id, string TestCaseId, string? WorkerId, Timestamp Timestamp);
