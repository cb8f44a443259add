namespace Conformance.Gherkin.Messages;

/// <summary>A test case's step: a hook (<see cref="HookId"/>) or a pickle step and the definitions it matched.</summary>
public sealed record TestStepMessage(
    string Id,
    string? HookId = null,
    string? PickleStepId = null,
    IReadOnlyList<string>? StepDefinitionIds = null,
    IReadOnlyList<StepMatchArgumentsList>? StepMatchArgumentsLists = null);
