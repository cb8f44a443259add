using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Pickles;

/// <summary>
/// Compiles a document into pickles: one per scenario and one per example row of an outline
/// (examples without a header row give none). Background steps of the feature, then of the rule,
/// come first, unless the scenario has no steps of its own. Tags are inherited feature → rule →
/// scenario → examples. Outline placeholders (<c>&lt;name&gt;</c>) are replaced in the name, step
/// text, doc strings (content and media type) and table cells.
/// </summary>
public static class PickleCompiler
{
    public static IReadOnlyList<Pickle> Compile(GherkinDocument document, IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(ids);
        var pickles = new List<Pickle>();
        if (document.Feature is not { } feature)
        {
            return pickles;
        }

        var context = new Context(document.Uri ?? "", feature.Language, ids, pickles);
        IReadOnlyList<Step> backgroundSteps = [];
        foreach (var child in feature.Children)
        {
            if (child.Background is { } background)
            {
                backgroundSteps = background.Steps;
            }
            else if (child.Rule is { } rule)
            {
                CompileRule(context, feature.Tags, backgroundSteps, rule);
            }
            else if (child.Scenario is { } scenario)
            {
                CompileScenario(context, feature.Tags, backgroundSteps, scenario);
            }
        }

        return pickles;
    }

    private static void CompileRule(Context context, IReadOnlyList<Tag> featureTags, IReadOnlyList<Step> featureBackground, Rule rule)
    {
        var backgroundSteps = featureBackground;
        IReadOnlyList<Tag> tags = [.. featureTags, .. rule.Tags];
        foreach (var child in rule.Children)
        {
            if (child.Background is { } background)
            {
                backgroundSteps = [.. backgroundSteps, .. background.Steps];
            }
            else if (child.Scenario is { } scenario)
            {
                CompileScenario(context, tags, backgroundSteps, scenario);
            }
        }
    }

    private static void CompileScenario(Context context, IReadOnlyList<Tag> inheritedTags, IReadOnlyList<Step> backgroundSteps, Scenario scenario)
    {
        if (scenario.Examples.Count == 0)
        {
            var steps = CompileSteps(context, scenario, backgroundSteps, [], null);
            context.Pickles.Add(new Pickle(
                context.Ids.NewId(),
                context.Uri,
                scenario.Location,
                scenario.Name,
                context.Language,
                steps,
                [.. inheritedTags.Concat(scenario.Tags).Select(ToPickleTag)],
                [scenario.Id]));
            return;
        }

        foreach (var examples in scenario.Examples)
        {
            if (examples.TableHeader is not { } header)
            {
                continue;
            }

            foreach (var row in examples.TableBody)
            {
                var steps = CompileSteps(context, scenario, backgroundSteps, header.Cells, row);
                context.Pickles.Add(new Pickle(
                    context.Ids.NewId(),
                    context.Uri,
                    row.Location,
                    Interpolate(scenario.Name, header.Cells, row.Cells),
                    context.Language,
                    steps,
                    [.. inheritedTags.Concat(scenario.Tags).Concat(examples.Tags).Select(ToPickleTag)],
                    [scenario.Id, row.Id]));
            }
        }
    }

    private static List<PickleStep> CompileSteps(
        Context context, Scenario scenario, IReadOnlyList<Step> backgroundSteps, IReadOnlyList<TableCell> variables, TableRow? values)
    {
        var steps = new List<PickleStep>();
        var lastType = StepKeywordType.Unknown;
        if (scenario.Steps.Count > 0)
        {
            foreach (var step in backgroundSteps)
            {
                lastType = Inherit(lastType, step);
                steps.Add(CompileStep(context, step, lastType, [], null));
            }
        }

        foreach (var step in scenario.Steps)
        {
            lastType = Inherit(lastType, step);
            steps.Add(CompileStep(context, step, lastType, variables, values));
        }

        return steps;
    }

    // And/But mean what the step before them meant.
    private static StepKeywordType Inherit(StepKeywordType last, Step step) =>
        step.KeywordType == StepKeywordType.Conjunction ? last : step.KeywordType ?? StepKeywordType.Unknown;

    private static PickleStep CompileStep(Context context, Step step, StepKeywordType type, IReadOnlyList<TableCell> variables, TableRow? values)
    {
        var cells = values?.Cells ?? [];
        return new PickleStep(
            Argument(step, variables, cells),
            values is null ? [step.Id] : [step.Id, values.Id],
            context.Ids.NewId(),
            type switch
            {
                StepKeywordType.Context => PickleStepType.Context,
                StepKeywordType.Action => PickleStepType.Action,
                StepKeywordType.Outcome => PickleStepType.Outcome,
                StepKeywordType.Unknown => PickleStepType.Unknown,
                _ => null,
            },
            Interpolate(step.Text, variables, cells));
    }

    // When a step has both, ArgumentIndex says which came first in the source.
    private static PickleStepArgument? Argument(Step step, IReadOnlyList<TableCell> variables, IReadOnlyList<TableCell> values)
    {
        int? docStringIndex = null;
        int? tableIndex = null;
        if (step is { DocString: { } d, DataTable: { } t })
        {
            var tableFirst = d.Location.Line > t.Location.Line;
            docStringIndex = tableFirst ? 2 : 1;
            tableIndex = tableFirst ? 1 : 2;
        }

        var docString = step.DocString is { } doc
            ? new PickleDocString(
                doc.MediaType is null ? null : Interpolate(doc.MediaType, variables, values),
                Interpolate(doc.Content, variables, values),
                docStringIndex)
            : null;
        var table = step.DataTable is { } data
            ? new PickleTable(
                [.. data.Rows.Select(r => new PickleTableRow([.. r.Cells.Select(c => new PickleTableCell(Interpolate(c.Value, variables, values)))]))],
                tableIndex)
            : null;
        return docString is null && table is null ? null : new PickleStepArgument(docString, table);
    }

    private static string Interpolate(string text, IReadOnlyList<TableCell> variables, IReadOnlyList<TableCell> values)
    {
        for (var i = 0; i < variables.Count && i < values.Count; i++)
        {
            text = text.Replace($"<{variables[i].Value}>", values[i].Value, StringComparison.Ordinal);
        }

        return text;
    }

    private static PickleTag ToPickleTag(Tag tag) => new(tag.Name, tag.Id);

    private sealed record Context(string Uri, string Language, IIdGenerator Ids, List<Pickle> Pickles);
}
