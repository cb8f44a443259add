using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Running;

/// <summary>
/// What happened to one test step. <see cref="Text"/> is the step as written (<c>Given there are 5
/// cukes</c>) or the hook's name; <see cref="Location"/> is the step's line in the feature file.
/// </summary>
public sealed record StepResult(
    TestStepKind Kind,
    string Text,
    Location? Location,
    StepStatus Status,
    TimeSpan Duration,
    Exception? Error = null,
    string? Message = null,
    string? Snippet = null,
    string TestStepId = "")
{
    public override string ToString() => $"{Text} [{Status}]";
}
