namespace Conformance.Gherkin.Bindings;

/// <summary>A step's data table as a step method receives it: rows of cell texts.</summary>
public sealed class DataTable(IReadOnlyList<IReadOnlyList<string>> rows)
{
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; } = rows;

    /// <summary>The first row.</summary>
    public IReadOnlyList<string> Header => Rows.Count > 0 ? Rows[0] : [];

    public int ColumnCount => Header.Count;

    /// <summary>Every row after the first, as header → cell.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> ToDictionaries() =>
    [
        .. Rows.Skip(1).Select(row => (IReadOnlyDictionary<string, string>)Header
            .Select((name, i) => (name, value: row[i]))
            .ToDictionary(c => c.name, c => c.value, StringComparer.Ordinal)),
    ];

    /// <summary>A two-column table as key → value (no header row).</summary>
    public IReadOnlyDictionary<string, string> ToKeyValues()
    {
        if (ColumnCount != 2)
        {
            throw new InvalidOperationException($"A key/value table has 2 columns; this one has {ColumnCount}.");
        }

        return Rows.ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
    }

    public override string ToString() => string.Join("\n", Rows.Select(r => "| " + string.Join(" | ", r) + " |"));
}
