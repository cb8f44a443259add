using BenchmarkDotNet.Attributes;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing;
using Conformance.Gherkin.Pickles;

namespace Conformance.Benchmarks.Gherkin;

/// <summary>
/// Parses every input of Cucumber's corpus (../shared/gherkin-testdata/good: 50 .feature and 5
/// .feature.md files) and compiles the pickles: the same work tools/gherkin-bench does with
/// @cucumber/gherkin (<c>npm run bench</c>), so the two medians compare directly.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GherkinCorpusBenchmark
{
    private (string Name, string Text)[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = SharedFolder.Require("gherkin-testdata", "good");
        _files =
        [
            .. Directory.EnumerateFiles(folder)
                .Where(f => f.EndsWith(".feature", StringComparison.Ordinal) || f.EndsWith(".feature.md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), File.ReadAllText(f))),
        ];
    }

    /// <summary>Parse + pickles of the whole corpus; returns the number of envelopes (as the JS side counts).</summary>
    [Benchmark]
    public int ParseAndCompileCorpus()
    {
        var envelopes = 0;
        foreach (var (name, text) in _files)
        {
            var ids = new IncrementingIdGenerator();
            var result = GherkinParser.Parse(text, name, ids);
            envelopes += result.Document is { } document ? 1 + PickleCompiler.Compile(document, ids).Count : result.Errors.Count;
        }

        return envelopes;
    }

    [Benchmark]
    public int ParseCorpus()
    {
        var documents = 0;
        foreach (var (name, text) in _files)
        {
            documents += GherkinParser.Parse(text, name, new IncrementingIdGenerator()).Succeeded ? 1 : 0;
        }

        return documents;
    }
}
