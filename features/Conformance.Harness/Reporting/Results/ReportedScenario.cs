using Conformance.Gherkin.Messages;

namespace Conformance.Harness.Reporting.Results;

/// <summary>
/// One pickle's test case: its steps and hooks with results, what was attached, its status (the
/// worst step's; <see cref="TestStepResultStatus.Unknown"/> when it never started) and duration.
/// </summary>
public sealed record ReportedScenario(
    string Name,
    string Keyword,
    string Uri,
    int Line,
    string? ExampleRow,
    IReadOnlyList<string> Tags,
    TestStepResultStatus Status,
    TimeSpan? Duration,
    IReadOnlyList<ReportedStep> Steps,
    IReadOnlyList<ReportedAttachment> Attachments)
{
    public string Location => $"{Uri}:{Line}";
}
