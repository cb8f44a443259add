namespace Conformance.Gherkin.Ast;

public sealed record TableCell(Location Location, string Value);
