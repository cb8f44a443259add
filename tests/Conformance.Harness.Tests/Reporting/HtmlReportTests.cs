using System.Text.RegularExpressions;
using Conformance.Gherkin.Messages;
using Conformance.Harness.Reporting.Html;
using Conformance.Harness.Reporting.Results;

namespace Conformance.Harness.Tests.Reporting;

public sealed partial class HtmlReportTests
{
    internal static readonly HtmlReportOptions SampleOptions = new()
    {
        Details = [KeyValuePair.Create("Target", "emulator"), KeyValuePair.Create("Tags", "not @wip <b>")],
        Source = "sample.ndjson",
    };

    [Fact]
    public async Task Render_SampleRun_MatchesTheGoldenFile()
    {
        var html = HtmlReport.Render(ResultsReader.Read(await ReportRuns.SampleNdjsonAsync()), SampleOptions);

        GoldenFile.AssertMatches("sample-report.html", html);
    }

    [Fact]
    public async Task Render_SameResults_SameBytes()
    {
        var lines = await ReportRuns.SampleNdjsonAsync();

        Assert.Equal(HtmlReport.Render(ResultsReader.Read(lines), SampleOptions), HtmlReport.Render(ResultsReader.Read(lines), SampleOptions));
    }

    [Fact]
    public async Task Render_SampleRun_SummarisesCountsVerdictAndDetails()
    {
        var html = HtmlReport.Render(ResultsReader.Read(await ReportRuns.SampleNdjsonAsync()), SampleOptions);

        Assert.Contains("""<span class="verdict failed" id="verdict">FAILED</span>""", html, StringComparison.Ordinal);
        Assert.Contains("""<tr><th>Scenarios</th><td>5: <span class="count failed">2 failed</span>, <span class="count passed">3 passed</span></td></tr>""", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Target</th><td>emulator</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Tags</th><td>not @wip &lt;b&gt;</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Started</th><td>2026-01-02 03:04:05 UTC</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("""<span class="where">features/turn_timing.feature:15</span>""", html, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: barge-in stop latency 180 ms is over the 150 ms budget", html, StringComparison.Ordinal);
        Assert.Contains("You can implement this step with:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FailedScenarios_StartOpenAndPassedOnesClosed()
    {
        var html = HtmlReport.Render(ResultsReader.Read(await ReportRuns.SampleNdjsonAsync()), SampleOptions);

        var details = DetailsTag().Matches(html).Select(m => m.Value).ToArray();
        Assert.Equal(5, details.Length);
        Assert.Equal([false, false, true, true, false], details.Select(d => d.EndsWith(" open>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Render_Timelines_AreInlineSvgWithBracketsColouredByVerdict()
    {
        var html = HtmlReport.Render(ResultsReader.Read(await ReportRuns.SampleNdjsonAsync()), SampleOptions);

        Assert.Equal(3, Regex.Count(html, "<svg "));
        Assert.Contains("""<g class="bracket pass"><title>turn gap: 700 ± 40 ms; expected 700 ± 60 ms; journal 700 ms (Δ +0); from 2580 to 3280 ms; pass; TURN-004</title>""", html, StringComparison.Ordinal);
        Assert.Contains("""<g class="bracket fail"><title>barge-in stop latency: 180 ± 30 ms; budget ≤ 150 ms""", html, StringComparison.Ordinal);
        Assert.Contains("Timeline broken.json could not be drawn: spans[0]: ends (1 ms) before it starts (5 ms).", html, StringComparison.Ordinal);
        Assert.Contains("""<td class="fail">✗ fail</td>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HostileText_IsEscapedEverywhere()
    {
        var html = HtmlReport.Render(ResultsReader.Read(await ReportRuns.SampleNdjsonAsync()), SampleOptions);

        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>cell", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', html);
        Assert.DoesNotContain('\u001b', html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &#39;quoted&#39; &amp; &quot;ampersands&quot;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\uFFFD\uFFFD[31m red", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/pre&gt;&lt;script&gt;alert(&quot;doc&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("""<img class="attachment" alt="dot&lt;script&gt;.png" src="data:image/png;base64,""", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ContentSecurityPolicy_AllowsOnlyTheReportsOwnScript()
    {
        var html = HtmlReport.Render(ResultsReader.Read(await ReportRuns.SampleNdjsonAsync()), SampleOptions);

        var script = Regex.Match(html, "<script>(.*)</script>", RegexOptions.Singleline).Groups[1].Value;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"""<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; script-src &#39;sha256-{hash}&#39;">""", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" onclick=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RandomHostileNames_NeverOpenATag()
    {
        var random = new Random(3);
        const string Alphabet = "<>&\"'/=abc \u0000\u0007\u001b\u0085\uD800\uDC00\uFFFF\n";
        for (var round = 0; round < 300; round++)
        {
            string Noise() => new([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var step = new ReportedStep(false, Noise(), Noise(), Noise(), null, TestStepResultStatus.Failed, TimeSpan.Zero, Noise(), new ExceptionInfo(Noise(), Noise(), Noise()), [Noise()]);
            var scenario = new ReportedScenario(Noise(), Noise(), Noise(), 1, Noise(), [Noise()], TestStepResultStatus.Failed, null, [step], [new ReportedAttachment(ScenarioOutputLog, Noise(), Noise(), AttachmentContentEncoding.Identity, null)]);
            var run = new ReportedRun(null, null, null, false, Noise(), [new ReportedFeature(Noise(), Noise(), Noise(), Noise(), [scenario])], [], [], [new ReportedProblem(Noise(), Noise())], 0);

            var html = HtmlReport.Render(run, new HtmlReportOptions { Title = Noise(), Details = [KeyValuePair.Create(Noise(), Noise())] });

            Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
            Assert.EndsWith("</script>\n</body>\n</html>\n", html, StringComparison.Ordinal);
            Assert.Equal(1, Regex.Count(html, "<details class=\"scenario"));
            Assert.DoesNotMatch("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\uFFFF]", html);
        }
    }

    private const string ScenarioOutputLog = "text/x.cucumber.log+plain";

    [GeneratedRegex("<details class=\"scenario[^>]*>")]
    private static partial Regex DetailsTag();
}
