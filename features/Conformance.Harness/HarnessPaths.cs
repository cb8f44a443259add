namespace Conformance.Harness;

/// <summary>
/// Where the harness finds the repository's material (features, fixtures, openapi.json, the built
/// emulator): <c>$CONFORMANCE_ROOT</c>, else the nearest folder above the running assembly that
/// holds <c>Conformance.sln</c>.
/// </summary>
public static class HarnessPaths
{
    public const string RootVariable = "CONFORMANCE_ROOT";

    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string CallerManifest => InRepo("fixtures", "audio", "manifest.json");

    public static string ModelManifest => InRepo("fixtures", "model", "manifest.json");

    public static string OpenApi => InRepo("openapi.json");

    public static string Features => InRepo("features");

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } fromEnv)
        {
            return Directory.Exists(fromEnv)
                ? Path.GetFullPath(fromEnv)
                : throw new DirectoryNotFoundException($"${RootVariable} names '{fromEnv}', which does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"Could not find the repository (Conformance.sln) above '{AppContext.BaseDirectory}'; set ${RootVariable}.");
    }
}
