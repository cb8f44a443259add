namespace Conformance.Gherkin.Messages;

public enum TestStepResultStatus
{
    Unknown,
    Passed,
    Skipped,
    Pending,
    Undefined,
    Ambiguous,
    Failed,
}
