using Conformance.Gherkin.Messages;
using Conformance.Harness.Reporting.Results;

namespace Conformance.Harness.Tests.Reporting;

public sealed class ResultsReaderTests
{
    [Fact]
    public async Task Read_SampleRun_HasFeaturesScenariosAndStatusesInFileOrder()
    {
        var run = ResultsReader.Read(await ReportRuns.SampleNdjsonAsync());

        Assert.Equal(["Turn timing", "Hostile <script>alert(\"feature\")</script> & \"names\""], run.Features.Select(f => f.Name));
        Assert.Equal(
            [
                ("the reply starts 700 ms after speech ends", TestStepResultStatus.Passed),
                ("barge-in stops the agent within 300 ms", TestStepResultStatus.Passed),
                ("barge-in stops the agent within 150 ms", TestStepResultStatus.Failed),
                (ReportSamples.HostileName, TestStepResultStatus.Failed),
                ("tables and doc strings", TestStepResultStatus.Passed),
            ],
            run.Scenarios.Select(s => (s.Name, s.Status)));
        Assert.Equal(false, run.Success);
        Assert.False(run.Passed);
        Assert.Empty(run.Problems);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), run.StartedAt);
    }

    [Fact]
    public async Task Read_SampleRun_PlacesStepsAtTheirLinesWithKeywordsAndExampleRows()
    {
        var run = ResultsReader.Read(await ReportRuns.SampleNdjsonAsync());

        var outline = run.Scenarios.ElementAt(2);
        Assert.Equal(("Scenario Outline", "budget: 150", "features/turn_timing.feature:20"), (outline.Keyword, outline.ExampleRow, outline.Location));
        Assert.Equal(
            [("Given ", "a caller on PCMU", "features/turn_timing.feature:6"), ("When ", "the caller interrupts", "features/turn_timing.feature:14"), ("Then ", "the agent stops within 150 ms", "features/turn_timing.feature:15")],
            outline.Steps.Select(s => (s.Keyword, s.Text, s.Location!)));
        var failed = outline.Steps[^1];
        Assert.Equal(TestStepResultStatus.Failed, failed.Status);
        Assert.Equal("InvalidOperationException: barge-in stop latency 180 ms is over the 150 ms budget", failed.Message);
        Assert.Equal("System.InvalidOperationException", failed.Exception!.Type);
        Assert.Equal(ScenarioTimelineMediaType, Assert.Single(outline.Attachments).MediaType);
    }

    [Fact]
    public async Task Read_UndefinedStep_IsUndefinedWithItsSnippet()
    {
        var run = ResultsReader.Read(await ReportRuns.SampleNdjsonAsync());

        var hostile = run.Scenarios.ElementAt(3);
        Assert.Equal([TestStepResultStatus.Passed, TestStepResultStatus.Failed, TestStepResultStatus.Undefined], hostile.Steps.Select(s => s.Status));
        var log = Assert.Single(hostile.Attachments);
        Assert.True(log.IsLog);
        Assert.Equal(hostile.Steps[0].TestStepId, log.TestStepId);
        Assert.Contains("NobodyWroteThisStep", Assert.Single(hostile.Steps[2].Snippets), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_RunCutShort_SaysTheRunDidNotFinishAndIsNotAPass()
    {
        var lines = await ReportRuns.SampleNdjsonAsync();

        var run = ResultsReader.Read(lines.Take(lines.Length / 2));

        Assert.Contains(run.Problems, p => p.Message.Contains("did not finish", StringComparison.Ordinal));
        Assert.False(run.Passed);
        Assert.Contains(run.Scenarios, s => s.Status == TestStepResultStatus.Unknown);
    }

    [Fact]
    public async Task Read_MalformedLines_AreProblemsWithTheirLineNumbers()
    {
        var lines = (await ReportRuns.SampleNdjsonAsync()).ToList();
        lines.Insert(3, "{not json");
        lines.Insert(5, """{"attachment":{"body":1}}""");
        lines.Insert(7, """{"somethingNew":{}}""");
        lines.Insert(9, "[]");

        var run = ResultsReader.Read(lines);

        Assert.Equal(["line 4", "line 6", "line 8", "line 10"], run.Problems.Select(p => p.Where));
        Assert.Equal(5, run.Scenarios.Count());
    }

    [Fact]
    public async Task Read_RandomBytesAndTruncatedLines_NeverThrow()
    {
        var sample = await ReportRuns.SampleNdjsonAsync();
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var lines = sample.Select(l => random.Next(8) == 0 ? l[..random.Next(l.Length)] : l).ToList();
            if (random.Next(2) == 0)
            {
                var i = random.Next(lines.Count);
                var chars = lines[i].ToCharArray();
                chars[random.Next(chars.Length)] = "{}[]\":,0an"[random.Next(10)];
                lines[i] = new string(chars);
            }

            var run = ResultsReader.Read(lines);

            Assert.NotNull(run);
        }
    }

    [Fact]
    public async Task Read_NotSelectedPickles_AreCountedNotListed()
    {
        var lines = await ReportRuns.SampleNdjsonAsync();
        var withoutHostileTestCases = lines.Where(l => !(l.StartsWith("{\"testCase\":", StringComparison.Ordinal) && l.Contains("\"pickleId\":\"", StringComparison.Ordinal) && IsHostilePickle(lines, l)));

        var run = ResultsReader.Read(withoutHostileTestCases);

        Assert.Equal(["Turn timing"], run.Features.Select(f => f.Name));
        Assert.Equal(2, run.NotSelected);
    }

    private const string ScenarioTimelineMediaType = "application/vnd.conformance.timeline+json";

    private static bool IsHostilePickle(string[] lines, string testCaseLine)
    {
        var testCase = MessageJson.Deserialize(testCaseLine)!.TestCase!;
        return lines.Select(MessageJson.Deserialize).Any(e => e!.Pickle is { } p && p.Id == testCase.PickleId && p.Uri.Contains("hostile", StringComparison.Ordinal));
    }
}
