using System.Globalization;
using System.Text;
using Conformance.Gherkin.Messages;
using Conformance.Harness.Reporting.Results;

namespace Conformance.Harness.Reporting.Html;

/// <summary>
/// One self-contained HTML file for a run: a summary (verdict, counts, duration, target), then per
/// feature each scenario with its steps (status, <c>file:line</c>, errors, snippets), its logs and
/// attachments, and its timelines drawn as SVG. No external assets and no JavaScript needed to read
/// it; the same results give the same bytes; every text from the run is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    public static string Render(ReportedRun run, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        options ??= new HtmlReportOptions();
        var html = new HtmlBuilder();
        var verdict = run.Passed ? "passed" : "failed";
        html.Add($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{ReportStyles.ContentSecurityPolicy}">
            <title>{options.Title}: {verdict.ToUpperInvariant()}</title>
            <style>
            {new Markup(ReportStyles.Css)}
            </style>
            </head>
            <body>
            <header>
            <h1>{options.Title}</h1>
            <p><span class="verdict {verdict}" id="verdict">{verdict.ToUpperInvariant()}</span></p>

            """);
        Summary(html, run, options);
        html.Add($"</header>\n");
        Problems(html, run);
        RunHooks(html, run);
        FeatureIndex(html, run);
        html.Line($"""<div class="toolbar"><button type="button" id="expand-all">Expand all</button><button type="button" id="collapse-all">Collapse all</button><label><input type="checkbox" id="only-problems"> only scenarios that did not pass</label></div>""");
        var scenarioNumber = 0;
        for (var f = 0; f < run.Features.Count; f++)
        {
            var feature = run.Features[f];
            html.Line($"""<section class="feature" id="feature-{f + 1}">""");
            html.Line($"""<h2>{feature.Keyword}: {feature.Name} <span class="where">{feature.Uri}</span></h2>""");
            if (feature.Description.Length > 0)
            {
                html.Line($"""<p class="description">{feature.Description}</p>""");
            }

            foreach (var scenario in feature.Scenarios)
            {
                ScenarioHtml.Render(html, scenario, ++scenarioNumber);
            }

            html.Add($"</section>\n");
        }

        html.Add($"<footer>Built from {options.Source ?? "Cucumber Messages"}{Producer(run)}.</footer>\n");
        html.Add($"<script>{new Markup(ReportStyles.Script)}</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Reads a results NDJSON file and writes the report next to it (or to <paramref name="outputPath"/>).</summary>
    public static async Task<ReportedRun> WriteAsync(string ndjsonPath, string outputPath, HtmlReportOptions? options, CancellationToken cancellationToken)
    {
        var run = await ResultsReader.ReadFileAsync(ndjsonPath, cancellationToken);
        options ??= new HtmlReportOptions();
        options = options with { Source = options.Source ?? Path.GetFileName(ndjsonPath) };
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(outputPath, Render(run, options), new UTF8Encoding(false), cancellationToken);
        return run;
    }

    private static void Summary(HtmlBuilder html, ReportedRun run, HtmlReportOptions options)
    {
        var scenarios = run.Scenarios.ToArray();
        var steps = scenarios.SelectMany(s => s.Steps).Where(s => !s.IsHook).ToArray();
        html.Line($"""<table class="summary">""");
        html.Add($"<tr><th>Scenarios</th><td>{scenarios.Length}{Counts(scenarios.Select(s => s.Status))}</td></tr>\n");
        html.Add($"<tr><th>Steps</th><td>{steps.Length}{Counts(steps.Select(s => s.Status))}</td></tr>\n");
        if (run.NotSelected > 0)
        {
            html.Add($"<tr><th>Not selected</th><td>{run.NotSelected} scenarios left out by the tag filter</td></tr>\n");
        }

        html.Add($"<tr><th>Duration</th><td>{StatusText.Duration(run.Duration)}</td></tr>\n");
        if (run.StartedAt is { } started)
        {
            html.Add($"<tr><th>Started</th><td>{started.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC</td></tr>\n");
        }

        foreach (var (name, value) in options.Details)
        {
            html.Add($"<tr><th>{name}</th><td>{value}</td></tr>\n");
        }

        if (run.FinishMessage is { Length: > 0 } message)
        {
            html.Line($"""<tr><th>Run</th><td class="problem">{message}</td></tr>""");
        }

        html.Add($"</table>\n");
    }

    private static Markup Counts(IEnumerable<TestStepResultStatus> statuses, string lead = ": ")
    {
        var counts = statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var parts = new HtmlBuilder();
        foreach (var status in StatusText.Order.Where(counts.ContainsKey))
        {
            parts.Add($"""{(parts.Length == 0 ? lead : ", ")}<span class="count {StatusText.Class(status)}">{counts[status]} {StatusText.Word(status)}</span>""");
        }

        return parts.ToMarkup();
    }

    private static void Problems(HtmlBuilder html, ReportedRun run)
    {
        if (run.Problems.Count == 0)
        {
            return;
        }

        html.Line($"""<section class="problems"><h2>Problems with the results</h2><ul>""");
        foreach (var problem in run.Problems)
        {
            html.Line($"""<li class="problem"><code>{problem.Where}</code>: {problem.Message}</li>""");
        }

        html.Add($"</ul></section>\n");
    }

    private static void RunHooks(HtmlBuilder html, ReportedRun run)
    {
        var failed = run.RunHooks.Where(h => h.Status != TestStepResultStatus.Passed).ToArray();
        if (failed.Length == 0 && run.RunAttachments.Count == 0)
        {
            return;
        }

        html.Line($"""<section class="run-hooks"><h2>Run hooks</h2><ol class="steps">""");
        foreach (var hook in failed)
        {
            ScenarioHtml.Step(html, hook, []);
        }

        html.Add($"</ol>\n");
        ScenarioHtml.Attachments(html, run.RunAttachments, "run");
        html.Add($"</section>\n");
    }

    private static void FeatureIndex(HtmlBuilder html, ReportedRun run)
    {
        if (run.Features.Count == 0)
        {
            html.Line($"""<p class="problem">No scenario ran.</p>""");
            return;
        }

        html.Line($"""<h2>Features</h2><table class="grid features"><tr><th>Feature</th><th>Scenarios</th><th>Result</th></tr>""");
        for (var f = 0; f < run.Features.Count; f++)
        {
            var feature = run.Features[f];
            html.Line($"""<tr><td><a href="#feature-{f + 1}">{feature.Name}</a></td><td>{feature.Scenarios.Count}</td><td>{Counts(feature.Scenarios.Select(s => s.Status), "")}</td></tr>""");
        }

        html.Add($"</table>\n");
    }

    private static string Producer(ReportedRun run) => run.Meta is { Implementation: { } implementation } meta
        ? $" written by {implementation.Name} {implementation.Version} on {meta.Runtime?.Name} {meta.Runtime?.Version}, {meta.Os?.Name}"
        : "";
}
