namespace Conformance.Gherkin.Ast;

public sealed record Examples(
    Location Location,
    IReadOnlyList<Tag> Tags,
    string Keyword,
    string Name,
    string Description,
    TableRow? TableHeader,
    IReadOnlyList<TableRow> TableBody,
    string Id);
