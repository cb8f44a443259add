using System.Collections.Concurrent;

namespace Conformance.Cli.Tests.Support;

/// <summary>
/// A scratch folder with feature files, a <see cref="CliHost"/> whose output the test reads and
/// whose environment is a dictionary, and this test assembly as the step assembly.
/// </summary>
internal sealed class CliTestBed : IDisposable
{
    public CliTestBed(params (string Name, string Text)[] features)
    {
        Directory.CreateDirectory(FeaturesDirectory);
        foreach (var (name, text) in features)
        {
            File.WriteAllText(Path.Combine(FeaturesDirectory, name), text);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "conform-cli-" + Guid.NewGuid().ToString("N"));

    public string FeaturesDirectory => Path.Combine(Root, "features");

    public string ReportsDirectory => Path.Combine(Root, "artifacts", "reports");

    public ConcurrentDictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public StringWriter Out { get; } = new() { NewLine = "\n" };

    public StringWriter Error { get; } = new() { NewLine = "\n" };

    public CliHost Host(bool isTerminal = false, Spectre.Console.IAnsiConsole? terminal = null, IReadOnlyList<System.Reflection.Assembly>? steps = null) => new()
    {
        Out = Out,
        Error = Error,
        IsTerminal = isTerminal,
        Terminal = terminal,
        TimeProvider = TimeProvider.System,
        WorkingDirectory = Root,
        GetEnvironmentVariable = name => Environment.TryGetValue(name, out var value) ? value : null,
        SetEnvironmentVariable = (name, value) => Environment[name] = value,
        DefaultStepAssemblies = steps ?? [typeof(CliTestBed).Assembly],
        ApplicationDirectory = Root,
    };

    public Task<int> RunAsync(params string[] args) => ConformCommandLine.InvokeAsync(args, Host());

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
