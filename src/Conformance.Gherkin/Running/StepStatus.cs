namespace Conformance.Gherkin.Running;

/// <summary>A step's outcome, from best to worst; a scenario has its worst step's status.</summary>
public enum StepStatus
{
    Passed,
    Skipped,
    Pending,
    Undefined,
    Ambiguous,
    Failed,
}
