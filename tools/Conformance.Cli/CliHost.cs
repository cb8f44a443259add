using System.Reflection;
using Spectre.Console;

namespace Conformance.Cli;

/// <summary>
/// Everything the commands take from the outside world: where text goes, whether stdout is an
/// interactive terminal, the clock, the working folder, environment variables, and the step
/// assemblies <c>conform run</c> loads by default. <see cref="FromConsole"/> is the real one; tests
/// build their own (writers they read, a folder of sample features, a step assembly of their own).
/// </summary>
public sealed class CliHost
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Stdout is a terminal a person watches: live progress instead of one line per scenario.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>The console live progress draws on when <see cref="IsTerminal"/> (Spectre's, over this process's stdout).</summary>
    public IAnsiConsole? Terminal { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>How <c>conform run</c> hands the target to the harness (<c>CONFORMANCE_TARGET</c>).</summary>
    public Action<string, string?> SetEnvironmentVariable { get; init; } = Environment.SetEnvironmentVariable;

    /// <summary>The harness's steps, unless <c>--steps</c> names others.</summary>
    public IReadOnlyList<Assembly> DefaultStepAssemblies { get; init; } = [typeof(Harness.Reporting.ScenarioTimeline).Assembly];

    /// <summary>A folder to start looking for the repository from when <c>$CONFORMANCE_ROOT</c> is unset (the CLI's own folder by default).</summary>
    public string ApplicationDirectory { get; init; } = AppContext.BaseDirectory;

    public static CliHost FromConsole() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        IsTerminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") is not ("dumb" or null or ""),
        Terminal = AnsiConsole.Console,
        TimeProvider = TimeProvider.System,
    };

    /// <summary>A path as the user typed it, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
