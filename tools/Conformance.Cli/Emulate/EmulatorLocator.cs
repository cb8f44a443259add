namespace Conformance.Cli.Emulate;

/// <summary>
/// Where the built emulator is. The CLI never references the emulator project (the harness talks
/// to it over the network only), so it is found on disk: <c>$CONFORMANCE_EMULATOR_DLL</c> (the
/// harness's emulator target reads the same variable), else the repository's build output for the
/// CLI's own configuration, then the other one.
/// </summary>
internal static class EmulatorLocator
{
    public const string DllVariable = "CONFORMANCE_EMULATOR_DLL";

    /// <summary>The dll, or null with the paths that were tried.</summary>
    public static string? Find(CliHost host, out IReadOnlyList<string> tried)
    {
        var candidates = new List<string>();
        if (host.GetEnvironmentVariable(DllVariable) is { Length: > 0 } fromEnv)
        {
            candidates.Add(host.FullPath(fromEnv));
        }
        else if (RepoLayout.FindRoot(host) is { } root)
        {
            var own = OwnConfiguration(host.ApplicationDirectory);
            foreach (var configuration in new[] { own, "Release", "Debug" }.Distinct(StringComparer.Ordinal))
            {
                candidates.Add(Path.Combine(root, "emulator", "Conformance.Emulator", "bin", configuration, "net10.0", "Conformance.Emulator.dll"));
            }
        }

        tried = candidates;
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary><c>…/bin/Debug/net10.0/</c> → Debug; Release when the CLI is not in a build folder.</summary>
    private static string OwnConfiguration(string directory)
    {
        var parts = Path.GetFullPath(directory).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(parts, "bin");
        return bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : "Release";
    }
}
