using System.CommandLine;
using Conformance.Cli.Emulate;
using Conformance.Cli.Report;
using Conformance.Cli.Run;

namespace Conformance.Cli;

/// <summary>
/// <c>conform</c>: run the conformance suite, run the emulator, rebuild a report. A command line
/// that does not parse exits with 2 (not System.CommandLine's 1, which CI would read as "tests
/// failed").
/// </summary>
public static class ConformCommandLine
{
    /// <summary>How long Ctrl-C waits for a command to wind down (reports written, emulator stopped) before the process ends.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(15);

    public static RootCommand Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new RootCommand(
            "conform: the voice-agent API conformance kit.\n" +
            "Runs Gherkin scenarios that drive the emulator or a real deployment with recorded caller audio and assert turn timing, barge-in and codec behaviour at the caller's ear.")
        {
            RunCommand.Create(host),
            EmulateCommand.Create(host),
            ReportCommand.Create(host),
        };
    }

    public static async Task<int> InvokeAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        // No response files: "@twilio" is a tag, not a file of arguments.
        var parse = Create(host).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var configuration = new InvocationConfiguration
        {
            Output = host.Out,
            Error = host.Error,
            ProcessTerminationTimeout = ShutdownGrace,
        };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await host.Error.WriteLineAsync("conform: " + error.Message);
            }

            await host.Error.WriteLineAsync("Try 'conform --help' (or 'conform COMMAND --help').");
            return ExitCodes.InvalidInput;
        }

        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
