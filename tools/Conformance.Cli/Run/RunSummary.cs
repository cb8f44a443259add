using System.Globalization;
using Conformance.Gherkin.Running;
using Spectre.Console;

namespace Conformance.Cli.Run;

/// <summary>
/// The end of a run: a table per feature (scenarios, passed, failed, other, time), the failed
/// scenarios' details, where the reports are, and one verdict line. Text goes straight to the
/// console's writer (Spectre would wrap long paths at the console width); only the table is Spectre's.
/// </summary>
internal static class RunSummary
{
    public static void Write(IAnsiConsole console, RunResult result, IReadOnlyList<string> reportFiles, bool interrupted, bool plain, bool detailFailures)
    {
        var table = new Table().Border(plain ? TableBorder.Ascii : TableBorder.Rounded).Title(plain ? "Summary" : "[bold]Summary[/]");
        table.AddColumn("Feature");
        table.AddColumn(new TableColumn("Scenarios").RightAligned());
        table.AddColumn(new TableColumn("Passed").RightAligned());
        table.AddColumn(new TableColumn("Failed").RightAligned());
        table.AddColumn(new TableColumn("Other").RightAligned());
        table.AddColumn(new TableColumn("Scenario time").RightAligned());
        foreach (var feature in result.Pickles.GroupBy(p => p.Pickle.Feature.Uri, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(table, feature.First().Pickle.Feature.FeatureName, [.. feature], plain, bold: false);
        }

        Row(table, "Total", result.Pickles, plain, bold: true);
        console.Write(table);
        var text = console.Profile.Out.Writer;
        if (detailFailures)
        {
            foreach (var failed in result.Pickles.Where(p => !Passed(p)))
            {
                text.WriteLine();
                text.WriteLine(failed.Describe());
            }
        }

        foreach (var hook in result.RunHooks.Where(h => h.Status != StepStatus.Passed))
        {
            text.WriteLine($"Run hook {hook.Hook.Name} {RunText.Status(hook.Status)}: {hook.Error?.Message}");
        }

        text.WriteLine();
        foreach (var file in reportFiles)
        {
            text.WriteLine($"Report: {file}");
        }

        var notPassed = result.Pickles.Count(p => !Passed(p));
        var verdict = interrupted
            ? $"INTERRUPTED after {RunText.Count(result.Pickles.Count, "scenario")} ({notPassed} did not pass) in {RunText.Duration(result.Duration)}"
            : result.Success
                ? $"PASSED: {RunText.Count(result.Pickles.Count, "scenario")} in {RunText.Duration(result.Duration)}"
                : $"FAILED: {notPassed} of {RunText.Count(result.Pickles.Count, "scenario")} did not pass (in {RunText.Duration(result.Duration)})";
        if (plain)
        {
            text.WriteLine(verdict);
        }
        else
        {
            console.MarkupLine($"[bold {(result.Success && !interrupted ? "green" : "red")}]{Markup.Escape(verdict)}[/]");
        }

        text.Flush();
    }

    private static bool Passed(PickleResult p) => p.Status is StepStatus.Passed or StepStatus.Skipped;

    private static void Row(Table table, string name, IReadOnlyList<PickleResult> pickles, bool plain, bool bold)
    {
        var passed = pickles.Count(p => p.Status is StepStatus.Passed);
        var failed = pickles.Count(p => p.Status is StepStatus.Failed);
        var other = pickles.Count - passed - failed;
        var time = TimeSpan.FromTicks(pickles.Sum(p => p.Duration.Ticks));
        string Cell(string text, string colour) => plain || text == "0" ? Markup.Escape(text) : $"[{colour}]{Markup.Escape(text)}[/]";
        var label = plain || !bold ? Markup.Escape(name) : $"[bold]{Markup.Escape(name)}[/]";
        table.AddRow(
            label,
            pickles.Count.ToString(CultureInfo.InvariantCulture),
            Cell(passed.ToString(CultureInfo.InvariantCulture), "green"),
            Cell(failed.ToString(CultureInfo.InvariantCulture), "red"),
            Cell(other.ToString(CultureInfo.InvariantCulture), "yellow"),
            RunText.Duration(time));
    }
}
