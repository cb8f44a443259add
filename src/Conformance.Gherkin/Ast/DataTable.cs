namespace Conformance.Gherkin.Ast;

public sealed record DataTable(Location Location, IReadOnlyList<TableRow> Rows);
