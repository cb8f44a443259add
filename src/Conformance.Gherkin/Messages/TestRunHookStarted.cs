namespace Conformance.Gherkin.Messages;

public sealed record TestRunHookStarted(string Id, string TestRunStartedId, string HookId, string? WorkerId, Timestamp Timestamp);
