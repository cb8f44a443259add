namespace Conformance.Gherkin.Pickles;

public sealed record PickleTableRow(IReadOnlyList<PickleTableCell> Cells);
