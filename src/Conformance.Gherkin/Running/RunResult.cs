namespace Conformance.Gherkin.Running;

/// <summary>A finished run: every executed pickle, the run hooks, and the report files written.</summary>
public sealed record RunResult(
    string Name,
    IReadOnlyList<PickleResult> Pickles,
    IReadOnlyList<RunHookResult> RunHooks,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<string> ReportFiles)
{
    /// <summary>Every pickle passed (or was skipped) and every run hook passed.</summary>
    public bool Success =>
        Pickles.All(p => p.Status is StepStatus.Passed or StepStatus.Skipped) && RunHooks.All(h => h.Status == StepStatus.Passed);

    public int Count(StepStatus status) => Pickles.Count(p => p.Status == status);
}
