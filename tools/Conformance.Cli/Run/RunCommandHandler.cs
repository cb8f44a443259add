using System.Globalization;
using Conformance.Cli.Report;
using Conformance.Gherkin.Expressions;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Conformance.Harness.Reporting.Html;
using Spectre.Console;

namespace Conformance.Cli.Run;

/// <summary>
/// <c>conform run</c>: load and check the features (nothing runs when a step is undefined or a
/// file does not parse), run them with progress, write NDJSON, JUnit XML and HTML, summarise.
/// </summary>
internal sealed class RunCommandHandler(CliHost host)
{
    /// <summary>The harness's run startup reads the target from here (emulator | profile path).</summary>
    public const string TargetVariable = "CONFORMANCE_TARGET";

    public async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        host.SetEnvironmentVariable(TargetVariable, settings.Target);
        var ids = new GuidIdGenerator();
        TestPlan plan;
        try
        {
            plan = TestPlan.Load(settings.FeaturesDirectory, settings.StepAssemblies, settings.Tags, ids);
        }
        catch (TagExpressionException e)
        {
            return await InvalidAsync($"--tags: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await InvalidAsync($"cannot read the features in '{settings.FeaturesDirectory}': {e.Message}");
        }
        catch (System.Reflection.ReflectionTypeLoadException e)
        {
            var reasons = e.LoaderExceptions.Where(l => l is not null).Select(l => l!.Message).Distinct(StringComparer.Ordinal);
            return await InvalidAsync($"a step assembly's types cannot be loaded: {string.Join("; ", reasons)}");
        }

        var problems = plan.Validate();
        if (problems.Count > 0)
        {
            await host.Error.WriteLineAsync($"conform run: the features cannot run ({RunText.Count(problems.Count, "problem")}); nothing was run.");
            foreach (var problem in problems)
            {
                await host.Error.WriteLineAsync();
                await host.Error.WriteLineAsync($"{problem.Where}: {problem.Message}");
                if (problem.Snippet is { } snippet)
                {
                    await host.Error.WriteLineAsync("  You can implement it with:");
                    await host.Error.WriteLineAsync("    " + snippet.Replace("\n", "\n    ", StringComparison.Ordinal));
                }
            }

            return ExitCodes.InvalidInput;
        }

        if (plan.Pickles.Count == 0)
        {
            return await InvalidAsync(settings.Tags is null
                ? $"no scenarios in '{settings.FeaturesDirectory}'."
                : $"no scenario matches the tag expression '{settings.Tags}' ({RunText.Count(plan.Excluded.Count, "scenario")} left out).");
        }

        try
        {
            Directory.CreateDirectory(settings.ReportsDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await InvalidAsync($"--reports: cannot create '{settings.ReportsDirectory}': {e.Message}");
        }

        var plain = settings.Plain || !host.IsTerminal || host.Terminal is null;
        var console = plain ? PlainConsole() : host.Terminal!;
        var text = console.Profile.Out.Writer;
        await text.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"conform: {RunText.Count(plan.Pickles.Count, "scenario")} from {settings.FeaturesDirectory} against {settings.Target}" +
            $"{(settings.Tags is null ? "" : $" (tags: {settings.Tags})")}, {settings.Parallel} at a time"));
        IRunDisplay display = plain ? new PlainRunDisplay(text) : new LiveRunDisplay(console, settings.Parallel);
        var (result, interrupted) = await display.ShowAsync(plan, onEvent => SuiteRunner.RunAsync(plan, Options(settings, ids, onEvent), settings.Parallel, cancellationToken));

        var files = result.ReportFiles.ToList();
        if (result.ReportFiles.FirstOrDefault(f => f.EndsWith(".ndjson", StringComparison.Ordinal)) is { } ndjson)
        {
            var details = Details(settings);
            var html = Path.Combine(settings.ReportsDirectory, settings.Name + ".html");
            await HtmlReport.WriteAsync(ndjson, html, new HtmlReportOptions { Details = details }, CancellationToken.None);
            await RunDetailsFile.WriteAsync(RunDetailsFile.PathFor(ndjson), details, CancellationToken.None);
            files.Add(html);
        }

        await text.WriteLineAsync();
        RunSummary.Write(console, result, files, interrupted, plain, detailFailures: !plain);
        return interrupted ? ExitCodes.Interrupted : result.Success ? ExitCodes.Success : ExitCodes.Failures;
    }

    private TestRunOptions Options(RunSettings settings, IIdGenerator ids, Action<RunEvent> onEvent) => new()
    {
        Name = settings.Name,
        TimeProvider = host.TimeProvider,
        Ids = ids,
        ReportsDirectory = settings.ReportsDirectory,
        StepTimeout = settings.StepTimeout,
        OnEvent = onEvent,
    };

    private static KeyValuePair<string, string>[] Details(RunSettings settings) =>
    [
        KeyValuePair.Create("Target", settings.Target),
        KeyValuePair.Create("Tags", settings.Tags ?? "(all)"),
        KeyValuePair.Create("Features", settings.FeaturesDirectory),
        KeyValuePair.Create("Parallel", settings.Parallel.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>For CI logs: no colours, no cursor control, ASCII tables, a fixed width.</summary>
    private IAnsiConsole PlainConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(host.Out),
        });
        console.Profile.Width = 120;
        return console;
    }

    private async Task<int> InvalidAsync(string message)
    {
        await host.Error.WriteLineAsync("conform run: " + message);
        return ExitCodes.InvalidInput;
    }
}
