namespace Conformance.Gherkin.Messages;

public sealed record TestRunStarted(Timestamp Timestamp, string? Id = null);
