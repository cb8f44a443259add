using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Conformance.Gherkin.Tests.Support;

namespace Conformance.Gherkin.Tests.Reporting;

public sealed class MessagesReportTests
{
    private const string Feature = """
        @calls
        Feature: Reports
          Background:
            Given a line

          Scenario: attaches a plot
            When the step attaches a plot

          Scenario Outline: outline <n>
            Then number <n> is small

            Examples:
              | n  |
              | 1  |
              | 99 |

          Scenario: undefined
            Given nobody wrote this step
        """;

    [Fact]
    public async Task Run_SameInputsFakeClockIncrementingIds_NdjsonIsIdentical()
    {
        var first = await NdjsonOfAsync();
        var second = await NdjsonOfAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Run_Messages_AreInCucumberOrderAndEveryIdResolves()
    {
        var (_, messages) = await RunAsync();
        var json = messages.Select(m => JsonNode.Parse(MessageJson.Serialize(m))!.AsObject()).ToArray();

        Assert.All(json, j => Assert.Single(j));
        Assert.Equal("meta", json[0].Single().Key);
        Assert.Equal("testRunFinished", json[^1].Single().Key);
        var kinds = json.Select(j => j.Single().Key).ToArray();
        Assert.True(Array.LastIndexOf(kinds, "pickle") < Array.IndexOf(kinds, "testRunStarted"));
        Assert.True(Array.LastIndexOf(kinds, "testCase") < Array.IndexOf(kinds, "testCaseStarted"));

        string[] Ids(string kind, string field = "id") => [.. json.Where(j => j.ContainsKey(kind)).Select(j => j[kind]![field]!.GetValue<string>())];
        var pickleIds = Ids("pickle");
        var pickleStepIds = json.Where(j => j.ContainsKey("pickle")).SelectMany(j => j["pickle"]!["steps"]!.AsArray().Select(s => s!["id"]!.GetValue<string>())).ToHashSet();
        var definitionIds = Ids("stepDefinition").Concat(Ids("hook")).ToHashSet();
        var testSteps = new HashSet<string>();
        foreach (var testCase in json.Where(j => j.ContainsKey("testCase")).Select(j => j["testCase"]!))
        {
            Assert.Contains(testCase["pickleId"]!.GetValue<string>(), pickleIds);
            foreach (var step in testCase["testSteps"]!.AsArray())
            {
                testSteps.Add(step!["id"]!.GetValue<string>());
                if (step["pickleStepId"] is { } pickleStep)
                {
                    Assert.Contains(pickleStep.GetValue<string>(), pickleStepIds);
                    Assert.All(step["stepDefinitionIds"]!.AsArray(), d => Assert.Contains(d!.GetValue<string>(), definitionIds));
                }
                else
                {
                    Assert.Contains(step["hookId"]!.GetValue<string>(), definitionIds);
                }
            }
        }

        var started = Ids("testCaseStarted").ToHashSet();
        foreach (var kind in new[] { "testStepStarted", "testStepFinished", "attachment" })
        {
            Assert.All(json.Where(j => j.ContainsKey(kind)).Select(j => j[kind]!), m =>
            {
                Assert.Contains(m["testCaseStartedId"]!.GetValue<string>(), started);
                Assert.Contains(m["testStepId"]!.GetValue<string>(), testSteps);
            });
        }

        var allIds = json.SelectMany(j => j.Single().Value!.AsObject().Where(p => p.Key == "id").Select(p => p.Value!.GetValue<string>())).ToArray();
        Assert.Equal(allIds.Length, allIds.Distinct().Count());
    }

    [Fact]
    public async Task Run_Messages_HaveTheSchemasShapes()
    {
        var (_, messages) = await RunAsync();
        var lines = messages.Select(MessageJson.Serialize).ToArray();

        Assert.Contains(lines, l => l.Contains("\"testStepResult\":{\"duration\":{\"seconds\":0,\"nanos\":0},\"status\":\"PASSED\"}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"status\":\"UNDEFINED\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"pattern\":{\"source\":\"number {int} is small\",\"type\":\"CUCUMBER_EXPRESSION\"}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"type\":\"BEFORE_TEST_CASE\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"timestamp\":{\"seconds\":1767323045,\"nanos\":0}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("{\"suggestion\":{", StringComparison.Ordinal) && l.Contains("\"language\":\"csharp\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"stepMatchArguments\":[{\"group\":{\"children\":[],\"start\":7,\"value\":\"1\"},\"parameterTypeName\":\"int\"}]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"source\":{\"uri\":\"reports.feature\"", StringComparison.Ordinal) && l.Contains("\"mediaType\":\"text/x.cucumber.gherkin+plain\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attachments_FromAStep_AreEnvelopesAndInTheResults()
    {
        var (result, messages) = await RunAsync();

        var pickle = result.Pickles[0];
        Assert.Equal(["image/png", "image/svg+xml", "text/x.cucumber.log+plain"], pickle.Attachments.Select(a => a.MediaType));
        Assert.Equal(PlotSteps.Png, pickle.Attachments[0].Bytes);
        var envelopes = messages.Where(m => m.Attachment is not null).Select(m => m.Attachment!).ToArray();
        Assert.Equal(3, envelopes.Length);
        Assert.Equal(AttachmentContentEncoding.Base64, envelopes[0].ContentEncoding);
        Assert.Equal(Convert.ToBase64String(PlotSteps.Png), envelopes[0].Body);
        Assert.Equal("plot.png", envelopes[0].FileName);
        Assert.Equal(AttachmentContentEncoding.Identity, envelopes[1].ContentEncoding);
        var stepId = pickle.Steps.Single(s => s.Text == "When the step attaches a plot").TestStepId;
        Assert.All(envelopes, e => Assert.Equal(stepId, e.TestStepId));
    }

    [Fact]
    public async Task ReportsDirectory_Set_WritesNdjsonAndJUnitXml()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gherkin-reports-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (result, messages) = await RunAsync(directory);

            Assert.Equal([Path.Combine(directory, "test-run.ndjson"), Path.Combine(directory, "test-run.junit.xml")], result.ReportFiles);
            var lines = await File.ReadAllLinesAsync(result.ReportFiles[0]);
            Assert.Equal(messages.Count, lines.Length);
            Assert.All(lines, l => Assert.NotNull(MessageJson.Deserialize(l)));
            var suite = XDocument.Load(result.ReportFiles[1]).Root!;
            Assert.Equal(("testsuite", "4", "2", "0"), (suite.Name.LocalName, (string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!, (string)suite.Attribute("skipped")!));
            Assert.Equal("2026-01-02T03:04:05", (string)suite.Attribute("timestamp")!);
            var cases = suite.Elements("testcase").ToArray();
            Assert.Equal(["attaches a plot", "outline 1 (n: 1)", "outline 99 (n: 99)", "undefined"], cases.Select(c => (string)c.Attribute("name")!));
            Assert.All(cases, c => Assert.Equal("Reports", (string)c.Attribute("classname")!));
            var failure = cases[2].Element("failure")!;
            Assert.Contains("Step failed: Then number 99 is small\n    at reports.feature:10", failure.Value, StringComparison.Ordinal);
            Assert.Contains("public void NobodyWroteThisStep()", cases[3].Element("failure")!.Value, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task RunAsync_Events_StreamFromStartToFinish()
    {
        var harness = new RunHarness();
        var plan = harness.Plan([typeof(PlotSteps)], null, ("reports.feature", Feature));
        var events = new List<RunEvent>();

        await foreach (var e in TestRun.RunAsync(plan, harness.Options(), CancellationToken.None))
        {
            events.Add(e);
        }

        Assert.IsType<RunStarted>(events[0]);
        var finished = Assert.IsType<RunFinished>(events[^1]);
        Assert.Equal(4, finished.Result.Pickles.Count);
        Assert.Equal(4, events.OfType<PickleStarted>().Count());
        Assert.Equal(4, events.OfType<PickleFinished>().Count());
        Assert.Equal(finished.Result.Pickles.Sum(p => p.Steps.Count), events.OfType<StepFinished>().Count());
    }

    private static async Task<(RunResult Result, IReadOnlyList<Envelope> Messages)> RunAsync(string? reports = null)
    {
        var harness = new RunHarness();
        var plan = harness.Plan([typeof(PlotSteps)], null, ("reports.feature", Feature));
        return await RunHarness.RunAllAsync(plan, harness.Options(reports: reports));
    }

    private static async Task<string> NdjsonOfAsync()
    {
        var (_, messages) = await RunAsync();
        using var stream = new MemoryStream();
        await MessageJson.WriteNdjsonAsync(stream, messages, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class PlotSteps(ScenarioOutput output)
    {
        public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 3];

        [BeforeScenario("@calls")]
        public static void Before()
        {
        }

        [Given("a line")]
        public static void ALine()
        {
        }

        [When("the step attaches a plot")]
        public void AttachesPlot()
        {
            output.Attach(Png, "image/png", "plot.png");
            output.Attach("<svg/>", "image/svg+xml");
            output.Log("one plot");
        }

        [Then("number {int} is small")]
        public static void Small(int n) => Assert.True(n < 10, $"{n} is not small");
    }
}
