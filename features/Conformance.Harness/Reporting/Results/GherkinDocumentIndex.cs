using Conformance.Gherkin.Ast;

namespace Conformance.Harness.Reporting.Results;

/// <summary>
/// The AST nodes of one feature file by id: steps (keyword and line), scenarios (keyword and
/// line), example rows (line and the <c>header: value</c> text), so a pickle can be placed back
/// in its file.
/// </summary>
internal sealed class GherkinDocumentIndex
{
    private readonly Dictionary<string, Step> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Scenario> _scenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (TableRow Row, TableRow? Header)> _rows = new(StringComparer.Ordinal);

    public GherkinDocumentIndex(GherkinDocument? document)
    {
        Feature = document?.Feature;
        foreach (var child in Feature?.Children ?? [])
        {
            Add(child?.Background?.Steps);
            Add(child?.Scenario);
            foreach (var ruleChild in child?.Rule?.Children ?? [])
            {
                Add(ruleChild?.Background?.Steps);
                Add(ruleChild?.Scenario);
            }
        }
    }

    public Feature? Feature { get; }

    public Step? Step(string? id) => id is not null && _steps.TryGetValue(id, out var step) ? step : null;

    public Scenario? Scenario(string? id) => id is not null && _scenarios.TryGetValue(id, out var scenario) ? scenario : null;

    public TableRow? Row(string? id) => id is not null && _rows.TryGetValue(id, out var row) ? row.Row : null;

    /// <summary>For an outline's example row: <c>header: value, …</c>, as the runner names the pickle.</summary>
    public string? ExampleRow(string? id)
    {
        if (id is null || !_rows.TryGetValue(id, out var row) || row.Header is null)
        {
            return null;
        }

        return string.Join(", ", (row.Header.Cells ?? []).Zip(row.Row.Cells ?? [], (h, v) => $"{h?.Value}: {v?.Value}"));
    }

    private void Add(Scenario? scenario)
    {
        if (scenario?.Id is null)
        {
            return;
        }

        _scenarios[scenario.Id] = scenario;
        Add(scenario.Steps);
        foreach (var examples in scenario.Examples ?? [])
        {
            foreach (var row in examples?.TableBody ?? [])
            {
                if (row?.Id is not null)
                {
                    _rows[row.Id] = (row, examples!.TableHeader);
                }
            }
        }
    }

    private void Add(IReadOnlyList<Step>? steps)
    {
        foreach (var step in steps ?? [])
        {
            if (step?.Id is not null)
            {
                _steps[step.Id] = step;
            }
        }
    }
}
