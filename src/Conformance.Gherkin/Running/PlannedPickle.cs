using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Pickles;

namespace Conformance.Gherkin.Running;

/// <summary>A pickle ready to run: its steps matched to definitions, and how to name it.</summary>
public sealed class PlannedPickle
{
    internal PlannedPickle(FeatureFile feature, Pickle pickle, IReadOnlyList<PlannedStep> steps)
    {
        Feature = feature;
        Pickle = pickle;
        Steps = steps;
        Location = pickle.Location ?? new Location(1);
        Tags = [.. pickle.Tags.Select(t => t.Name)];
        if (pickle.AstNodeIds.Count > 1 && feature.ExamplesOf(pickle.AstNodeIds[1]) is { TableHeader: { } header } && feature.Node<TableRow>(pickle.AstNodeIds[1]) is { } row)
        {
            ExampleRow = string.Join(", ", header.Cells.Zip(row.Cells, (h, v) => $"{h.Value}: {v.Value}"));
        }

        DisplayName = $"{feature.FeatureName} › {(pickle.Name.Length > 0 ? pickle.Name : "(unnamed)")}" + (ExampleRow is null ? "" : $" ({ExampleRow})");
    }

    public FeatureFile Feature { get; }

    public Pickle Pickle { get; }

    public IReadOnlyList<PlannedStep> Steps { get; }

    public Location Location { get; }

    /// <summary>Tag names with their '@', inherited ones included.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>For an outline's example: <c>header: value, …</c>.</summary>
    public string? ExampleRow { get; }

    /// <summary><c>Feature › Scenario (example row)</c>.</summary>
    public string DisplayName { get; }

    /// <summary>Stable across runs and processes: <c>uri:line</c> (the scenario's or the example row's line).</summary>
    public string Key => $"{Feature.Uri}:{Location.Line}";

    public override string ToString() => DisplayName;
}
