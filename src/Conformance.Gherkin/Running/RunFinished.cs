namespace Conformance.Gherkin.Running;

public sealed record RunFinished(RunResult Result) : RunEvent;
