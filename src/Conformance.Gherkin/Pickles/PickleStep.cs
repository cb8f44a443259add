namespace Conformance.Gherkin.Pickles;

public sealed record PickleStep(
    PickleStepArgument? Argument,
    IReadOnlyList<string> AstNodeIds,
    string Id,
    PickleStepType? Type,
    string Text);
