namespace Conformance.Gherkin.Pickles;

public sealed record PickleStepArgument(PickleDocString? DocString, PickleTable? DataTable);
