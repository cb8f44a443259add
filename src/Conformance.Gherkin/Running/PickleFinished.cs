namespace Conformance.Gherkin.Running;

public sealed record PickleFinished(PickleResult Result) : RunEvent;
