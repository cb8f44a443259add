namespace Conformance.Benchmarks.Gherkin;

/// <summary>The team's shared material: $CONFORMANCE_SHARED, or ../shared beside the repository.</summary>
internal static class SharedFolder
{
    public static string Require(params string[] parts)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CONFORMANCE_SHARED");
        var root = string.IsNullOrEmpty(fromEnvironment) ? Path.Combine(RepositoryRoot(), "..", "shared") : fromEnvironment;
        var path = Path.GetFullPath(Path.Combine([root, .. parts]));
        return Directory.Exists(path) || File.Exists(path)
            ? path
            : throw new DirectoryNotFoundException($"'{path}' is missing: the benchmark reads Cucumber's corpus from ../shared (or $CONFORMANCE_SHARED).");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
