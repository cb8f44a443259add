using System.CommandLine;

namespace Conformance.Cli.Emulate;

/// <summary><c>conform emulate [--urls] [--config]</c>: the emulator for local development, until Ctrl-C.</summary>
internal static class EmulateCommand
{
    public static Command Create(CliHost host)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Where the emulator listens (ASP.NET Core URLs, ';'-separated; port 0 picks a free port). Default: the emulator's own, http://127.0.0.1:8080, with its human-readable banner.",
            HelpName = "URLS",
        };
        var config = new Option<string?>("--config")
        {
            Description = "An emulator configuration file (JSON or YAML: tenants, keys, agents, deviations).",
            HelpName = "FILE",
        };
        var command = new Command("emulate", "Run the emulator (all four vendors' APIs and the OpenAI Realtime layer) as a separate process and show its output until Ctrl-C.\nIt is found at $CONFORMANCE_EMULATOR_DLL or in the repository's build output (./conform builds it).\nExit code: 0 stopped by Ctrl-C, 2 not built or bad arguments, else the emulator's own exit code.")
        {
            urls, config,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dll = EmulatorLocator.Find(host, out var tried);
            if (dll is null)
            {
                await host.Error.WriteLineAsync(tried.Count == 0
                    ? "conform emulate: cannot find the repository to locate the emulator; set CONFORMANCE_EMULATOR_DLL to Conformance.Emulator.dll."
                    : $"conform emulate: the emulator is not built (looked for {string.Join(", ", tried)}). Build it with 'dotnet build emulator/Conformance.Emulator -c Release' (./conform does), or set {EmulatorLocator.DllVariable}.");
                return ExitCodes.InvalidInput;
            }

            var configPath = parse.GetValue(config) is { Length: > 0 } c ? host.FullPath(c) : null;
            if (configPath is not null && !File.Exists(configPath))
            {
                await host.Error.WriteLineAsync($"conform emulate: no configuration file at '{configPath}'.");
                return ExitCodes.InvalidInput;
            }

            List<string> arguments = [dll];
            if (parse.GetValue(urls) is { Length: > 0 } listen)
            {
                arguments.AddRange(["--urls", listen]);
            }

            if (configPath is not null)
            {
                arguments.AddRange(["--config", configPath]);
            }

            return await new EmulatorRelay(host).RunAsync(arguments, cancellationToken);
        });
        return command;
    }
}
