using Conformance.Gherkin.Messages;

namespace Conformance.Harness.Reporting.Results;

/// <summary>
/// A run as read back from its Cucumber Messages: features with their executed scenarios, run
/// hooks, timing, and every problem found while reading (a malformed line, a parse error).
/// </summary>
public sealed record ReportedRun(
    Meta? Meta,
    DateTimeOffset? StartedAt,
    TimeSpan? Duration,
    bool? Success,
    string? FinishMessage,
    IReadOnlyList<ReportedFeature> Features,
    IReadOnlyList<ReportedStep> RunHooks,
    IReadOnlyList<ReportedAttachment> RunAttachments,
    IReadOnlyList<ReportedProblem> Problems,
    int NotSelected)
{
    public IEnumerable<ReportedScenario> Scenarios => Features.SelectMany(f => f.Scenarios);

    /// <summary>Every selected scenario passed and no run hook failed; an unfinished run is not a pass.</summary>
    public bool Passed =>
        Success == true && Scenarios.All(s => s.Status is TestStepResultStatus.Passed or TestStepResultStatus.Skipped)
        && RunHooks.All(h => h.Status == TestStepResultStatus.Passed);
}
