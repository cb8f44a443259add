namespace Conformance.Gherkin.Running;

public sealed record StepFinished(PlannedPickle Pickle, StepResult Step) : RunEvent;
