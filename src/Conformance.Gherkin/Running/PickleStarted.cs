namespace Conformance.Gherkin.Running;

public sealed record PickleStarted(PlannedPickle Pickle) : RunEvent;
