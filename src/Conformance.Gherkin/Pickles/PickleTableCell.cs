namespace Conformance.Gherkin.Pickles;

public sealed record PickleTableCell(string Value);
