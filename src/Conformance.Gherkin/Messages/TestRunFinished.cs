namespace Conformance.Gherkin.Messages;

public sealed record TestRunFinished(string? Message, bool Success, Timestamp Timestamp, ExceptionInfo? Exception, string? TestRunStartedId);
