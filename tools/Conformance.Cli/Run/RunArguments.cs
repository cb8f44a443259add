using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace Conformance.Cli.Run;

/// <summary>
/// Turns what was typed after <c>conform run</c> into <see cref="RunSettings"/>, collecting every
/// problem (a missing profile, a features folder that is not there, a step assembly that will not
/// load…) so the user sees them all at once, before anything starts.
/// </summary>
internal static class RunArguments
{
    public const string EmulatorTarget = "emulator";

    public const int MaxParallel = 64;

    public static RunSettings? Check(
        CliHost host, string target, string? tags, int parallel, string reports, string? features, IReadOnlyList<string> steps, bool plain, string name, int? stepTimeoutSeconds, List<string> problems)
    {
        var checkedTarget = Target(host, target, problems);
        if (parallel is < 1 or > MaxParallel)
        {
            problems.Add($"--parallel must be between 1 and {MaxParallel} (got {parallel}).");
        }

        if (stepTimeoutSeconds is <= 0)
        {
            problems.Add($"--step-timeout must be a positive number of seconds (got {stepTimeoutSeconds}).");
        }

        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name is "." or "..")
        {
            problems.Add($"--name must be a plain file name for the report files (got '{name}').");
        }

        var featuresDirectory = Features(host, features, problems);
        var assemblies = steps.Count == 0 ? host.DefaultStepAssemblies : LoadSteps(host, steps, problems);
        return problems.Count > 0
            ? null
            : new RunSettings(
                checkedTarget!,
                string.IsNullOrWhiteSpace(tags) ? null : tags,
                parallel,
                host.FullPath(reports),
                featuresDirectory!,
                assemblies,
                plain,
                name,
                stepTimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    }

    /// <summary><c>emulator</c>, or a target profile: a JSON file that exists (the harness checks it against its schema).</summary>
    private static string? Target(CliHost host, string target, List<string> problems)
    {
        if (string.Equals(target, EmulatorTarget, StringComparison.OrdinalIgnoreCase))
        {
            return EmulatorTarget;
        }

        var path = host.FullPath(target);
        if (!File.Exists(path))
        {
            problems.Add($"--target: no target profile at '{path}' (give 'emulator' or the path of a profile JSON file).");
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"--target: '{path}' is not a target profile (a JSON object).");
                return null;
            }
        }
        catch (JsonException e)
        {
            problems.Add($"--target: '{path}' is not valid JSON: {e.Message}");
            return null;
        }

        return path;
    }

    private static string? Features(CliHost host, string? features, List<string> problems)
    {
        var path = features is { Length: > 0 }
            ? host.FullPath(features)
            : Path.Combine(RepoLayout.FindRoot(host) ?? host.WorkingDirectory, "features");
        if (!Directory.Exists(path))
        {
            problems.Add($"--features: the folder '{path}' does not exist.");
            return null;
        }

        return path;
    }

    private static List<Assembly> LoadSteps(CliHost host, IReadOnlyList<string> steps, List<string> problems)
    {
        var assemblies = new List<Assembly>();
        foreach (var step in steps)
        {
            var path = host.FullPath(step);
            if (!File.Exists(path))
            {
                problems.Add($"--steps: no assembly at '{path}'.");
                continue;
            }

            try
            {
                var name = AssemblyName.GetAssemblyName(path);
                var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name));
                assemblies.Add(loaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path));
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException)
            {
                problems.Add($"--steps: '{path}' is not a .NET assembly this runtime can load: {e.Message}");
            }
        }

        return assemblies;
    }
}
