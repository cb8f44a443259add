using System.Text;
using Conformance.TestSupport;

namespace Conformance.Harness.Tests.Reporting;

/// <summary>
/// Compares output with a checked-in file under Reporting/Golden. With CONFORMANCE_UPDATE_GOLDEN=1
/// it rewrites the file instead (review the diff before committing). On a mismatch the actual
/// output is kept under artifacts/ and the first differing line is named.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual)
    {
        var path = RepoPaths.InRepo("tests", "Conformance.Harness.Tests", "Reporting", "Golden", name);
        if (Environment.GetEnvironmentVariable("CONFORMANCE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the test with CONFORMANCE_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path);
        if (expected == actual)
        {
            return;
        }

        var kept = RepoPaths.InRepo("artifacts", "golden", name);
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.WriteAllText(kept, actual, new UTF8Encoding(false));
        var (expectedLines, actualLines) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail(
            $"{name} differs from the golden file at line {line + 1} (actual output kept at {kept}).\n" +
            $"expected: {(line < expectedLines.Length ? expectedLines[line] : "(end of file)")}\n" +
            $"actual:   {(line < actualLines.Length ? actualLines[line] : "(end of file)")}");
    }
}
