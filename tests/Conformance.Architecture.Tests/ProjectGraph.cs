using System.Xml.Linq;

namespace Conformance.Architecture.Tests;

/// <summary>The repository's project-reference graph, read from the .csproj files.</summary>
internal sealed class ProjectGraph(IReadOnlyDictionary<string, ProjectInfo> projects)
{
    public IReadOnlyDictionary<string, ProjectInfo> Projects { get; } = projects;

    public static ProjectGraph Load(string root)
    {
        var projects = new Dictionary<string, ProjectInfo>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.Split('/').Any(p => p is "bin" or "obj" || p.StartsWith('.')))
            {
                continue;
            }

            var doc = XDocument.Load(path);
            var name = Path.GetFileNameWithoutExtension(path);
            projects[name] = new ProjectInfo(
                name,
                relative,
                doc.Root?.Attribute("Sdk")?.Value ?? "",
                Includes(doc, "ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/'))).ToArray(),
                Includes(doc, "PackageReference"),
                Includes(doc, "FrameworkReference"));
        }

        return new ProjectGraph(projects);
    }

    /// <summary>Every project reachable from <paramref name="name"/> through project references.</summary>
    public IReadOnlySet<string> Closure(string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([name]);
        while (stack.TryPop(out var current))
        {
            if (!Projects.TryGetValue(current, out var info))
            {
                continue;
            }

            foreach (var reference in info.References.Where(seen.Add))
            {
                stack.Push(reference);
            }
        }

        return seen;
    }

    private static string[] Includes(XDocument doc, string element) =>
        doc.Descendants(element).Select(e => e.Attribute("Include")?.Value).OfType<string>().ToArray();
}

internal sealed record ProjectInfo(
    string Name,
    string RelativePath,
    string Sdk,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Packages,
    IReadOnlyList<string> FrameworkReferences)
{
    public bool IsTest => RelativePath.StartsWith("tests/", StringComparison.Ordinal);
}
