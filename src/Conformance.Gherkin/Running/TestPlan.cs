using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Expressions;

namespace Conformance.Gherkin.Running;

/// <summary>
/// The pickles a run will execute (those whose tags match the filter), each step already matched
/// to its definitions, so problems can be listed before anything runs (<see cref="Validate"/>).
/// </summary>
public sealed class TestPlan
{
    private TestPlan(FeatureSet features, BindingRegistry bindings, TagExpression filter, List<PlannedPickle> selected, List<PlannedPickle> excluded)
    {
        Features = features;
        Bindings = bindings;
        Filter = filter;
        Pickles = selected;
        Excluded = excluded;
    }

    public FeatureSet Features { get; }

    public BindingRegistry Bindings { get; }

    public TagExpression Filter { get; }

    public IReadOnlyList<PlannedPickle> Pickles { get; }

    /// <summary>Pickles the tag filter left out.</summary>
    public IReadOnlyList<PlannedPickle> Excluded { get; }

    public static TestPlan Create(FeatureSet features, BindingRegistry bindings, TagExpression? filter = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(bindings);
        filter ??= TagExpression.Always;
        var selected = new List<PlannedPickle>();
        var excluded = new List<PlannedPickle>();
        foreach (var file in features.Files)
        {
            foreach (var pickle in file.Pickles)
            {
                var steps = pickle.Steps.Select(step =>
                {
                    var astStep = file.Node<Step>(step.AstNodeIds[0]);
                    return new PlannedStep(step, astStep?.Keyword ?? "* ", astStep?.Location ?? pickle.Location ?? new Location(1), bindings.Match(step.Text));
                }).ToArray();
                var planned = new PlannedPickle(file, pickle, steps);
                (filter.Evaluate(planned.Tags) ? selected : excluded).Add(planned);
            }
        }

        return new TestPlan(features, bindings, filter, selected, excluded);
    }

    /// <summary>
    /// Loads the features under a folder, the bindings of the step assemblies, and selects by tag
    /// expression, all with one id generator (pass the same one to <see cref="TestRunOptions.Ids"/>).
    /// </summary>
    /// <exception cref="TagExpressionException">The tag expression does not parse.</exception>
    public static TestPlan Load(string featuresFolder, IEnumerable<System.Reflection.Assembly> stepAssemblies, string? tagExpression, Messages.IIdGenerator ids)
    {
        var features = FeatureSet.Load(featuresFolder, ids);
        var bindings = BindingRegistry.FromAssemblies(stepAssemblies, ids);
        return Create(features, bindings, string.IsNullOrWhiteSpace(tagExpression) ? null : TagExpression.Parse(tagExpression));
    }

    public PlannedPickle? Find(string key) => Pickles.Concat(Excluded).FirstOrDefault(p => p.Key == key);

    /// <summary>
    /// A dry run: every parse error, binding problem, and undefined or ambiguous step of the
    /// selected pickles (each distinct step text once).
    /// </summary>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        problems.AddRange(Features.ParseErrors.Select(e =>
            new ValidationProblem(ValidationProblemKind.ParseError, $"{e.File.Uri}:{e.Error.Location.Line}", e.Error.Message)));
        problems.AddRange(Bindings.Problems.Select(p => new ValidationProblem(ValidationProblemKind.BindingProblem, p.Binding, p.Message)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pickle in Pickles)
        {
            foreach (var step in pickle.Steps.Where(s => s.Match.IsUndefined || s.Match.IsAmbiguous))
            {
                if (!seen.Add(step.Text))
                {
                    continue;
                }

                var where = $"{pickle.Feature.Uri}:{step.Location.Line}";
                problems.Add(step.Match.IsUndefined
                    ? new ValidationProblem(
                        ValidationProblemKind.UndefinedStep, where, $"Undefined step: {step}", SnippetGenerator.Generate(step.Step, Bindings.ParameterTypes))
                    : new ValidationProblem(ValidationProblemKind.AmbiguousStep, where, AmbiguityMessage(step)));
            }
        }

        return problems;
    }

    internal static string AmbiguityMessage(PlannedStep step) =>
        $"Ambiguous step: {step} matches {step.Match.Matches.Count} step definitions:\n" +
        string.Join("\n", step.Match.Matches.Select(m => $"  {m.Binding}"));
}
