using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Parsing;
using Conformance.Gherkin.Pickles;

namespace Conformance.Gherkin.Running;

/// <summary>One parsed feature file: its document and pickles, or its parse errors.</summary>
public sealed class FeatureFile
{
    private readonly Dictionary<string, object> _nodes = new(StringComparer.Ordinal);

    internal FeatureFile(string uri, string? path, string source, ParseResult parsed, IReadOnlyList<Pickle> pickles)
    {
        Uri = uri;
        Path = path;
        Source = source;
        Document = parsed.Document;
        Errors = parsed.Errors;
        Pickles = pickles;
        if (Document?.Feature is { } feature)
        {
            Index(feature);
        }
    }

    /// <summary>The path relative to the features folder, with '/' separators.</summary>
    public string Uri { get; }

    /// <summary>The full path on disk, when it came from disk.</summary>
    public string? Path { get; }

    public string Source { get; }

    public GherkinSourceKind Kind => GherkinParser.KindOf(Uri);

    public GherkinDocument? Document { get; }

    public IReadOnlyList<ParseError> Errors { get; }

    public IReadOnlyList<Pickle> Pickles { get; }

    /// <summary>The feature's name, or the file name when it has none.</summary>
    public string FeatureName =>
        Document?.Feature is { Name.Length: > 0 } feature ? feature.Name : System.IO.Path.GetFileNameWithoutExtension(Uri);

    /// <summary>An AST node (step, scenario, examples, table row) by id.</summary>
    public T? Node<T>(string id)
        where T : class => _nodes.GetValueOrDefault(id) as T;

    /// <summary>The examples block a table row belongs to, with its header.</summary>
    public Examples? ExamplesOf(string rowId) => _nodes.GetValueOrDefault("examples:" + rowId) as Examples;

    private void Index(Feature feature)
    {
        foreach (var child in feature.Children)
        {
            if (child.Background is { } background)
            {
                IndexSteps(background.Steps);
            }

            if (child.Scenario is { } scenario)
            {
                IndexScenario(scenario);
            }

            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                if (ruleChild.Background is { } ruleBackground)
                {
                    IndexSteps(ruleBackground.Steps);
                }

                if (ruleChild.Scenario is { } ruleScenario)
                {
                    IndexScenario(ruleScenario);
                }
            }
        }
    }

    private void IndexScenario(Scenario scenario)
    {
        _nodes[scenario.Id] = scenario;
        IndexSteps(scenario.Steps);
        foreach (var examples in scenario.Examples)
        {
            _nodes[examples.Id] = examples;
            foreach (var row in examples.TableBody)
            {
                _nodes[row.Id] = row;
                _nodes["examples:" + row.Id] = examples;
            }
        }
    }

    private void IndexSteps(IEnumerable<Step> steps)
    {
        foreach (var step in steps)
        {
            _nodes[step.Id] = step;
        }
    }
}
