using System.Text;
using Conformance.Harness.Reporting.Html;
using Conformance.Harness.Reporting.Results;
using Conformance.TestSupport;
using Microsoft.Playwright;

namespace Conformance.Harness.Tests.Reporting;

/// <summary>
/// The sample report opened from disk in the Debian headless Chromium: the timelines are laid
/// out (non-empty boxes, caller above agent), failed scenarios are open and readable with
/// JavaScript off, hostile names survive as text, and the toolbar works with it on. Screenshots go
/// to artifacts/report-screenshots/ for a person to look at.
/// </summary>
[Trait("Category", "Interop")]
public sealed class HtmlReportChromiumTests
{
    [Fact]
    public async Task SampleReport_InChromiumWithoutJavaScript_ShowsTimelinesAndOpenFailures()
    {
        var path = await WriteSampleReportAsync("sample-report-no-js.html");
        await using var browser = await ReportBrowser.LaunchAsync();
        var page = await browser.OpenAsync(path, javaScript: false);

        Assert.Equal(3, await page.Locator("svg.timeline").CountAsync());
        var svg = await page.Locator("#timeline-3-1").BoundingBoxAsync();
        Assert.NotNull(svg);
        Assert.InRange(svg.Width, 800, 1200);
        var caller = await page.Locator("#timeline-3-1 path.waveform.caller").BoundingBoxAsync();
        var agent = await page.Locator("#timeline-3-1 path.waveform.agent").First.BoundingBoxAsync();
        Assert.True(caller is { Height: > 10, Width: > 100 } && agent is { Height: > 10, Width: > 50 }, $"waveforms: caller {caller?.Width}×{caller?.Height}, agent {agent?.Width}×{agent?.Height}");
        Assert.True(caller!.Y + caller.Height < agent!.Y, "the caller's waveform is drawn above the agent's");
        Assert.Equal(1, await page.Locator("#timeline-1-1 g.bracket.pass").CountAsync());
        Assert.Equal(1, await page.Locator("#timeline-3-1 g.bracket.fail").CountAsync());
        Assert.Equal(5, await page.Locator("#timeline-3-1 g.event").CountAsync());

        Assert.True(await page.Locator("#timeline-3-1").IsVisibleAsync(), "a failed scenario's timeline is visible without JavaScript");
        Assert.False(await page.Locator("#timeline-1-1").IsVisibleAsync(), "a passed scenario starts collapsed");
        Assert.Equal("Scenario: " + ReportSamples.HostileName, await page.Locator("#scenario-4 > summary strong").TextContentAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("[onerror]").CountAsync());

        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "sample-report.png"), FullPage = true });
        await page.Locator("#timeline-3-1").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "barge-in-timeline.png") });
    }

    [Fact]
    public async Task SampleReport_InChromiumWithJavaScript_ExpandAllWorksAndInjectedScriptIsBlocked()
    {
        var path = await WriteSampleReportAsync("sample-report-js.html");
        await using var browser = await ReportBrowser.LaunchAsync();
        var page = await browser.OpenAsync(path, javaScript: true);

        await page.GetByText("Expand all").ClickAsync();

        Assert.Equal(5, await page.EvaluateAsync<int>("document.querySelectorAll('details.scenario[open]').length"));
        Assert.True(await page.Locator("#timeline-1-1").IsVisibleAsync());
        const string Inject = "(() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s); return window.injected === 1; })()";
        Assert.False(await page.EvaluateAsync<bool>(Inject), "the report's Content-Security-Policy lets only its own script run");
        await page.Locator("#timeline-1-1").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "turn-timeline.png") });
    }

    private static string ScreenshotFolder => RepoPaths.InRepo("artifacts", "report-screenshots");

    private static async Task<string> WriteSampleReportAsync(string name)
    {
        var html = HtmlReport.Render(ResultsReader.Read(await ReportRuns.SampleNdjsonAsync()), HtmlReportTests.SampleOptions);
        var path = Path.Combine(ScreenshotFolder, name);
        Directory.CreateDirectory(ScreenshotFolder);
        await File.WriteAllTextAsync(path, html, new UTF8Encoding(false));
        return path;
    }
}
