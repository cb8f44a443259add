namespace Conformance.Cli;

/// <summary>
/// Finds the repository the CLI belongs to: <c>$CONFORMANCE_ROOT</c> (the harness reads the same
/// variable), else the nearest folder holding <c>Conformance.sln</c> above the CLI's own folder or
/// above the working folder. Null when run from somewhere else entirely.
/// </summary>
public static class RepoLayout
{
    public const string RootVariable = "CONFORMANCE_ROOT";

    public static string? FindRoot(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.GetEnvironmentVariable(RootVariable) is { Length: > 0 } fromEnv)
        {
            return host.FullPath(fromEnv);
        }

        return Above(host.ApplicationDirectory) ?? Above(host.WorkingDirectory);
    }

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
