using System.CommandLine;

namespace Conformance.Cli.Run;

/// <summary><c>conform run</c>: its options and help text.</summary>
internal static class RunCommand
{
    public static Command Create(CliHost host)
    {
        var target = new Option<string>("--target", "-t")
        {
            Description = "What to test: 'emulator' (the kit's emulator, started on free loopback ports) or the path of a target profile JSON for a real deployment.",
            HelpName = "emulator|PROFILE.json",
            DefaultValueFactory = _ => RunArguments.EmulatorTarget,
        };
        var tags = new Option<string?>("--tags")
        {
            Description = "A Cucumber tag expression choosing the scenarios, e.g. \"@twilio and not @slow\".",
            HelpName = "EXPR",
        };
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = $"How many scenarios run at once (1 to {RunArguments.MaxParallel}).",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        var reports = new Option<string>("--reports")
        {
            Description = "Where the NDJSON (Cucumber Messages), JUnit XML and HTML reports are written.",
            HelpName = "DIR",
            DefaultValueFactory = _ => Path.Combine("artifacts", "reports"),
        };
        var features = new Option<string?>("--features")
        {
            Description = "The folder of .feature files (default: the repository's features/).",
            HelpName = "DIR",
        };
        var steps = new Option<string[]>("--steps")
        {
            Description = "A step assembly to load instead of the harness's (repeatable); for your own steps.",
            HelpName = "DLL",
            DefaultValueFactory = _ => [],
        };
        var plain = new Option<bool>("--plain")
        {
            Description = "One line per scenario instead of live progress (automatic when stdout is not a terminal).",
        };
        var name = new Option<string>("--name")
        {
            Description = "The report files' base name: NAME.ndjson, NAME.junit.xml, NAME.html.",
            HelpName = "NAME",
            DefaultValueFactory = _ => "conformance",
        };
        var stepTimeout = new Option<int?>("--step-timeout")
        {
            Description = "Fail a step (or hook) that runs longer than this many seconds.",
            HelpName = "SECONDS",
        };

        var command = new Command("run", "Run the conformance scenarios against a target and write the reports.\nExit code: 0 all passed, 1 some failed, 2 nothing ran (bad arguments, unparsable features, undefined steps), 130 interrupted.")
        {
            target, tags, parallel, reports, features, steps, plain, name, stepTimeout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var problems = new List<string>();
            var settings = RunArguments.Check(
                host,
                parse.GetValue(target)!,
                parse.GetValue(tags),
                parse.GetValue(parallel),
                parse.GetValue(reports)!,
                parse.GetValue(features),
                parse.GetValue(steps) ?? [],
                parse.GetValue(plain),
                parse.GetValue(name)!,
                parse.GetValue(stepTimeout),
                problems);
            if (settings is null)
            {
                foreach (var problem in problems)
                {
                    await host.Error.WriteLineAsync("conform run: " + problem);
                }

                return ExitCodes.InvalidInput;
            }

            return await new RunCommandHandler(host).RunAsync(settings, cancellationToken);
        });
        return command;
    }
}
