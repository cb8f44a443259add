namespace Conformance.Gherkin.Messages;

/// <summary>A <c>testCase</c> envelope's body: a pickle and the steps that will run for it.</summary>
public sealed record TestCaseMessage(string Id, string PickleId, IReadOnlyList<TestStepMessage> TestSteps, string? TestRunStartedId);
