using Microsoft.Playwright;

namespace Conformance.TestSupport.Browser;

/// <summary>
/// One headless Debian Chromium driven by Playwright, with the switches WebRTC interop needs on
/// this machine (see ../shared/reference/platform-notes.md §1): fake media devices with
/// auto-granted permission, optionally a WAV as the microphone, autoplay without a gesture, and
/// <c>--allow-loopback-in-peer-connection</c> so 127.0.0.1 candidates are gathered (CI machines may
/// only have lo). Launch once per test class (an xunit class fixture) and open a page per test;
/// <see cref="WebRtcTestPage"/> is a ready-made WebRTC caller page. The test project must reference
/// Microsoft.Playwright itself (TestSupport keeps the 135 MB Node driver out of other projects).
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private ChromiumSession(IPlaywright playwright, IBrowser browser, ChromiumLaunchOptions options)
    {
        _playwright = playwright;
        Browser = browser;
        Options = options;
    }

    public IBrowser Browser { get; }

    public ChromiumLaunchOptions Options { get; }

    public string Version => Browser.Version;

    public static IReadOnlyList<string> DefaultArguments(ChromiumLaunchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = new List<string>
        {
            "--no-sandbox",
            "--disable-gpu",
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--autoplay-policy=no-user-gesture-required",
            "--allow-loopback-in-peer-connection",
        };
        if (options.FakeAudioCaptureWav is { } wav)
        {
            args.Add($"--use-file-for-fake-audio-capture={wav}");
        }

        args.AddRange(options.ExtraArguments);
        return args;
    }

    /// <summary>Starts the browser, or throws <see cref="InteropPeerUnavailableException"/> saying why it cannot.</summary>
    public static async Task<ChromiumSession> LaunchAsync(ChromiumLaunchOptions? options = null)
    {
        options ??= new ChromiumLaunchOptions();
        if (!File.Exists(options.ExecutablePath))
        {
            throw new InteropPeerUnavailableException(
                $"Chromium is not installed at '{options.ExecutablePath}'. Install the Debian package 'chromium' " +
                "(tools/install-deps.sh does) — this interop test cannot run without a real browser.");
        }

        if (options.FakeAudioCaptureWav is { } wav && !File.Exists(wav))
        {
            throw new FileNotFoundException($"The fake-capture WAV '{wav}' does not exist.", wav);
        }

        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ExecutablePath,
                Headless = options.Headless,
                Args = DefaultArguments(options),
                Timeout = (float)options.LaunchTimeout.TotalMilliseconds,
            });
            return new ChromiumSession(playwright, browser, options);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            throw new InteropPeerUnavailableException(
                $"Chromium at '{options.ExecutablePath}' did not start under Playwright: {e.Message} " +
                "(a test project that launches Chromium must reference Microsoft.Playwright itself, so its Node driver is copied to the output).", e);
        }
    }

    /// <summary>
    /// Opens a page in a fresh context served from <c>http://localhost/</c> through request
    /// interception (no listener; <c>about:blank</c> would lack <c>navigator.mediaDevices</c>).
    /// <paramref name="resources"/> maps further paths (e.g. "app.js") to their text.
    /// </summary>
    public async Task<ChromiumPage> OpenPageAsync(string html, IReadOnlyDictionary<string, string>? resources = null)
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var result = new ChromiumPage(context, page);
        await page.RouteAsync("http://localhost/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
            if (path.Length == 0 || path == "index.html")
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
            }
            else if (resources is not null && resources.TryGetValue(path, out var body))
            {
                var type = path.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "application/octet-stream";
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = type, Body = body });
            }
            else
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" });
            }
        });
        await page.GotoAsync("http://localhost/");
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
