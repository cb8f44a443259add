namespace Conformance.Gherkin.Pickles;

/// <summary>A step's data table; <see cref="ArgumentIndex"/> (1 or 2) is set only when the step also has a doc string.</summary>
public sealed record PickleTable(IReadOnlyList<PickleTableRow> Rows, int? ArgumentIndex = null);
