using Conformance.TestSupport.Browser;
using Microsoft.Playwright;

namespace Conformance.Harness.Tests.Reporting;

/// <summary>
/// The shared headless Debian Chromium (<see cref="ChromiumSession"/>), opening a report file from
/// disk as a user would, with JavaScript on or off. A missing Chromium fails the test loudly.
/// </summary>
internal sealed class ReportBrowser : IAsyncDisposable
{
    private readonly ChromiumSession _session;

    private ReportBrowser(ChromiumSession session) => _session = session;

    public static async Task<ReportBrowser> LaunchAsync() => new(await ChromiumSession.LaunchAsync());

    public async Task<IPage> OpenAsync(string path, bool javaScript)
    {
        var context = await _session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return page;
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();
}
