namespace Conformance.Gherkin.Ast;

public sealed record TableRow(Location Location, IReadOnlyList<TableCell> Cells, string Id);
