namespace Conformance.TestSupport;

/// <summary>
/// Locates the repository and the team's shared material (../shared beside the repository root).
/// Third-party corpora (Cucumber's Gherkin corpus, the vendors' specs) are read from there, never
/// copied into the repository; when they are missing the tests fail with a message that says so.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root: the folder holding Conformance.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>
    /// The shared folder: $CONFORMANCE_SHARED if set, else ../shared beside the repository root.
    /// </summary>
    public static string SharedRoot
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("CONFORMANCE_SHARED");
            return Path.GetFullPath(string.IsNullOrEmpty(fromEnv) ? Path.Combine(Root, "..", "shared") : fromEnv);
        }
    }

    /// <summary>A path inside the repository.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// A path inside ../shared that must exist. Throws a loud, explanatory exception when it does
    /// not, so a missing corpus fails the run instead of passing silently.
    /// </summary>
    public static string RequireShared(params string[] parts)
    {
        var path = Path.Combine([SharedRoot, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new SharedMaterialMissingException(
                $"Required shared material is missing: '{path}'. The tests read third-party corpora " +
                $"from '../shared' beside the repository (or $CONFORMANCE_SHARED); it is not copied " +
                "into the repository. Provide it and run again.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find Conformance.sln above '{AppContext.BaseDirectory}'.");
    }
}
