using System.Text;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing;
using Conformance.Gherkin.Pickles;

namespace Conformance.Gherkin.Running;

/// <summary>Every <c>.feature</c> (and <c>.feature.md</c>) file under a folder, parsed and compiled.</summary>
public sealed class FeatureSet
{
    private FeatureSet(IReadOnlyList<FeatureFile> files) => Files = files;

    public IReadOnlyList<FeatureFile> Files { get; }

    public IEnumerable<(FeatureFile File, ParseError Error)> ParseErrors => Files.SelectMany(f => f.Errors.Select(e => (f, e)));

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static FeatureSet Load(string folder, IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = System.IO.Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The features folder '{root}' does not exist.");
        }

        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(IsFeatureFile)
            .Select(path => (uri: System.IO.Path.GetRelativePath(root, path).Replace('\\', '/'), path))
            .OrderBy(f => f.uri, StringComparer.Ordinal)
            .Select(f => Parse(f.uri, f.path, File.ReadAllText(f.path, Encoding.UTF8), ids))
            .ToArray();
        return new FeatureSet(files);
    }

    /// <summary>Features given as text (uri → source), in the order given.</summary>
    public static FeatureSet FromSources(IEnumerable<KeyValuePair<string, string>> sources, IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new FeatureSet([.. sources.Select(s => Parse(s.Key, null, s.Value, ids))]);
    }

    public static bool IsFeatureFile(string path) =>
        path.EndsWith(".feature", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".feature.md", StringComparison.OrdinalIgnoreCase);

    private static FeatureFile Parse(string uri, string? path, string source, IIdGenerator ids)
    {
        var parsed = GherkinParser.Parse(source, uri, ids);
        var pickles = parsed.Document is { } document ? PickleCompiler.Compile(document, ids) : [];
        return new FeatureFile(uri, path, source, parsed, pickles);
    }
}
