using Conformance.Cli.Tests.Support;

namespace Conformance.Cli.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task Report_ResultsFolder_RebuildsTheSameHtmlTheRunWrote()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing), ("limits.feature", SampleFeatures.Failing));
        Assert.Equal(ExitCodes.Failures, await bed.RunAsync("run"));
        var html = Path.Combine(bed.ReportsDirectory, "conformance.html");
        var written = await File.ReadAllTextAsync(html);
        File.Delete(html);
        bed.Out.GetStringBuilder().Clear();

        var exit = await bed.RunAsync("report", "artifacts/reports");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(written, await File.ReadAllTextAsync(html));
        Assert.Equal($"Report: {html}\nFAILED: 2 of 3 scenarios passed\n", bed.Out.ToString());
    }

    [Fact]
    public async Task Report_NdjsonFileAndOut_WritesWhereAskedWithTheTitle()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));
        Assert.Equal(ExitCodes.Success, await bed.RunAsync("run"));

        var exit = await bed.RunAsync("report", Path.Combine(bed.ReportsDirectory, "conformance.ndjson"), "--out", "elsewhere/r.html", "--title", "Nightly <run>");

        Assert.Equal(ExitCodes.Success, exit);
        var html = await File.ReadAllTextAsync(Path.Combine(bed.Root, "elsewhere", "r.html"));
        Assert.Contains("<h1>Nightly &lt;run&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Target</th><td>emulator</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("PASSED: 2 of 2 scenarios passed", bed.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_CorruptResults_StillWritesAndCountsTheProblems()
    {
        using var bed = new CliTestBed();
        Directory.CreateDirectory(bed.ReportsDirectory);
        await File.WriteAllTextAsync(Path.Combine(bed.ReportsDirectory, "conformance.ndjson"), "{\"meta\":\n not json\n");

        var exit = await bed.RunAsync("report", bed.ReportsDirectory);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("FAILED: 0 of 0 scenarios passed; 3 problems reading the results (listed in the report)", bed.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Problems with the results", await File.ReadAllTextAsync(Path.Combine(bed.ReportsDirectory, "conformance.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingFolder_ExitsTwo()
    {
        using var bed = new CliTestBed();

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("report", "nowhere"));

        Assert.Equal($"conform report: no results at '{Path.Combine(bed.Root, "nowhere")}' (give a reports folder or its .ndjson file).\n", bed.Error.ToString());
    }

    [Fact]
    public async Task Report_FolderWithoutResults_ExitsTwo()
    {
        using var bed = new CliTestBed();

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("report", "."));

        Assert.Contains("holds no .ndjson results", bed.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_SeveralRunsWithoutConformanceNdjson_AsksWhichOne()
    {
        using var bed = new CliTestBed();
        await File.WriteAllTextAsync(Path.Combine(bed.Root, "a.ndjson"), "");
        await File.WriteAllTextAsync(Path.Combine(bed.Root, "b.ndjson"), "");

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("report", "."));

        Assert.Contains("holds several runs (a.ndjson, b.ndjson); give the .ndjson file to use.", bed.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithoutResultsArgument_ExitsTwo()
    {
        using var bed = new CliTestBed();

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("report"));

        Assert.Contains("Required argument 'RESULTS' missing", bed.Error.ToString(), StringComparison.Ordinal);
    }
}
