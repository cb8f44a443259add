using System.CommandLine;
using Conformance.Harness.Reporting.Html;

namespace Conformance.Cli.Report;

/// <summary><c>conform report RESULTS [--out FILE]</c>: rebuild the HTML report from a run's Cucumber Messages.</summary>
internal static class ReportCommand
{
    public static Command Create(CliHost host)
    {
        var results = new Argument<string>("RESULTS")
        {
            Description = "A reports folder written by 'conform run' (or its NAME.ndjson file).",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The HTML file to write (default: NAME.html beside the NDJSON).",
            HelpName = "FILE",
        };
        var title = new Option<string>("--title")
        {
            Description = "The report's heading.",
            DefaultValueFactory = _ => "Conformance report",
        };
        var command = new Command("report", "Rebuild the self-contained HTML report (steps, verdicts, SVG timelines) from a results folder.\nExit code: 0 written, 2 no results to read.")
        {
            results, output, title,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var ndjson = ResultsLocation.FindNdjson(host.FullPath(parse.GetValue(results)!), out var error);
            if (ndjson is null)
            {
                await host.Error.WriteLineAsync("conform report: " + error);
                return ExitCodes.InvalidInput;
            }

            var html = parse.GetValue(output) is { Length: > 0 } o
                ? host.FullPath(o)
                : Path.Combine(Path.GetDirectoryName(ndjson)!, Path.GetFileNameWithoutExtension(ndjson) + ".html");
            var options = new HtmlReportOptions { Title = parse.GetValue(title)!, Details = RunDetailsFile.Read(RunDetailsFile.PathFor(ndjson)) };
            Harness.Reporting.Results.ReportedRun run;
            try
            {
                run = await HtmlReport.WriteAsync(ndjson, html, options, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await host.Error.WriteLineAsync($"conform report: cannot write '{html}': {e.Message}");
                return ExitCodes.InvalidInput;
            }

            var scenarios = run.Scenarios.ToArray();
            await host.Out.WriteLineAsync($"Report: {html}");
            await host.Out.WriteLineAsync(
                $"{(run.Passed ? "PASSED" : "FAILED")}: {scenarios.Count(s => s.Status == Gherkin.Messages.TestStepResultStatus.Passed)} of {scenarios.Length} scenarios passed" +
                (run.Problems.Count > 0 ? $"; {run.Problems.Count} problems reading the results (listed in the report)" : ""));
            return ExitCodes.Success;
        });
        return command;
    }
}
