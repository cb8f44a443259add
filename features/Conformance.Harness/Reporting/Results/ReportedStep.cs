using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Pickles;

namespace Conformance.Harness.Reporting.Results;

/// <summary>
/// A step (keyword and text, with its doc string or table) or a hook (its name as
/// <see cref="Text"/>, no keyword), where it is written, and what happened to it.
/// </summary>
public sealed record ReportedStep(
    bool IsHook,
    string Keyword,
    string Text,
    string? Location,
    PickleStepArgument? Argument,
    TestStepResultStatus Status,
    TimeSpan Duration,
    string? Message,
    ExceptionInfo? Exception,
    IReadOnlyList<string> Snippets)
{
    public string? TestStepId { get; init; }
}
