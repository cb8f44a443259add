using System.Globalization;
using System.Text.Json;
using Conformance.Audio;
using Conformance.Harness.Audio;
using Conformance.Harness.Measuring;
using Microsoft.Playwright;

namespace Conformance.Harness.Drivers.Browser;

/// <summary>
/// A browser caller: headless Debian Chromium driven by Playwright (no browser download), calling
/// with its own WebRTC stack. The caller's speech is injected through WebAudio at a scheduled
/// AudioContext time, and the agent's audio is recorded on the same AudioContext, so the stream
/// timeline here is the browser's audio clock (its zero: when the call connected). Slow to start:
/// keep browser scenarios few.
/// </summary>
public sealed class BrowserCall : CallerLeg
{
    /// <summary>Overrides where Chromium is (default: the Debian package's <c>/usr/bin/chromium</c>).</summary>
    public const string ChromiumVariable = "CONFORMANCE_CHROMIUM";

    private const int SampleRate = 48000;
    private const int PollEveryTicks = 5;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private BrowserCall(IPlaywright playwright, IBrowser browser, IPage page, TimeProvider time, CallerLegOptions? options)
        : base("browser", SampleRate, new AgentEar(SampleRate), time, options)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Launches Chromium, has it offer (optionally only <paramref name="codecs"/>), hands the
    /// offer to <paramref name="exchange"/> (which returns the surface's answer, or null when it
    /// refused), waits for the connection and starts the call's clock.
    /// </summary>
    public static async Task<BrowserCall?> ConnectAsync(
        IReadOnlyList<string>? codecs, Func<string, CancellationToken, Task<string?>> exchange, TimeProvider time, CallerLegOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException($"Chromium is not installed at '{ChromiumPath}' (Debian package 'chromium'; or set ${ChromiumVariable}): browser scenarios need a real browser.", ChromiumPath);
        }

        var playwright = await Playwright.CreateAsync();
        IBrowser? browser = null;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Timeout = 60_000,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--autoplay-policy=no-user-gesture-required", "--allow-loopback-in-peer-connection",
                ],
            });
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.RouteAsync("http://localhost/**", route =>
            {
                var path = new Uri(route.Request.Url).AbsolutePath;
                return path switch
                {
                    "/" or "/index.html" => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = BrowserCallPage.Html }),
                    _ => route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" }),
                };
            });
            await page.GotoAsync("http://localhost/");
            var offer = await page.EvaluateAsync<string>("codecs => setUp(codecs)", codecs?.ToArray() ?? []);
            var answer = await exchange(offer, cancellationToken);
            if (answer is null)
            {
                await browser.DisposeAsync();
                playwright.Dispose();
                return null;
            }

            await page.EvaluateAsync("sdp => applyAnswer(sdp)", answer);
            var start = time.GetTimestamp();
            string state;
            while ((state = await page.EvaluateAsync<string>("() => connectionState()")) != "connected")
            {
                if (state is "failed" or "closed" || time.GetElapsedTime(start) > TimeSpan.FromSeconds(20))
                {
                    var log = await page.EvaluateAsync<string[]>("() => h.log");
                    throw new InvalidOperationException($"Chromium's connection to the agent is '{state}' ({string.Join(", ", log)}).");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
            }

            await page.EvaluateAsync<double>("() => startClock()");
            var call = new BrowserCall(playwright, browser, page, time, options);
            call.State.Codec = "(negotiating)";
            call.StartLoop();
            return call;
        }
        catch
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Schedules the clip into the browser's sending track 50 ms ahead; the utterance lies where the AudioContext put it.</summary>
    public override Task<CallerUtterance> SayAsync(CallerClipAudio clip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clip);
        if (clip.SampleRate != SampleRate)
        {
            throw new ArgumentException($"The browser sends 48 kHz; '{clip.ClipId}' is at {clip.SampleRate} Hz.", nameof(clip));
        }

        return OnLoopAsync(async _ =>
        {
            var bytes = new byte[clip.Pcm.Length * 2];
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(clip.Pcm.Span).CopyTo(bytes);
            var atSeconds = await _page.EvaluateAsync<double>("([b64, lead]) => say(b64, lead)", new object[] { Convert.ToBase64String(bytes), 0.05 });
            var utterance = clip.PlacedAt(atSeconds * 1000);
            State.AddUtterance(utterance);
            State.LogAt(utterance.StartMs, WireDirection.ToAgent, "caller speech", clip.ClipId);
            return utterance;
        }).WaitAsync(cancellationToken);
    }

    protected override ValueTask OnStartAsync(CancellationToken cancellationToken)
    {
        State.Log(WireDirection.Local, "connected", "Chromium " + _browser.Version);
        return ValueTask.CompletedTask;
    }

    protected override double MediaTimeAfterTick(long tick) => State.Ear.LengthMs;

    /// <summary>The browser sends its own track: caller speech goes in through <see cref="SayAsync"/>.</summary>
    protected override ValueTask OnUplinkAsync(long index, ReadOnlyMemory<short> frame, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    protected override async ValueTask OnTickAsync(long tick, CancellationToken cancellationToken)
    {
        if (tick % PollEveryTicks != 0)
        {
            return;
        }

        var chunks = await _page.EvaluateAsync<JsonElement>("() => collect()");
        foreach (var chunk in chunks.EnumerateArray())
        {
            Take(chunk.GetProperty("t").GetDouble(), Convert.FromBase64String(chunk.GetProperty("b64").GetString()!));
        }

        if (State.Codec == "(negotiating)" && await _page.EvaluateAsync<string>("() => codec()") is { Length: > 0 } codec)
        {
            State.Codec = codec;
            State.Log(WireDirection.Local, "codec", codec);
        }

        var connection = await _page.EvaluateAsync<string>("() => connectionState()");
        if (connection is "failed" or "closed" or "disconnected")
        {
            State.End($"the browser's connection is {connection}");
        }
    }

    protected override ValueTask OnDigitAsync(char digit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The browser caller sends no DTMF.");

    protected override async ValueTask OnHangUpAsync(CancellationToken cancellationToken) => await _page.EvaluateAsync("() => hangUp()");

    protected override async ValueTask DisposeCoreAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>Places a recorded chunk on the ear's timeline (silence over any gap, overlap dropped); a 20 ms chunk above −70 dBFS counts as agent audio.</summary>
    private void Take(double atSeconds, byte[] pcmBytes)
    {
        var samples = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, short>(pcmBytes).ToArray();
        var position = (long)Math.Round(atSeconds * SampleRate);
        var ear = State.Ear;
        if (position > ear.Length)
        {
            ear.AppendSilence((int)(position - ear.Length));
        }

        var skip = (int)Math.Clamp(ear.Length - position, 0, samples.Length);
        var rest = samples.AsSpan(skip);
        if (rest.IsEmpty)
        {
            return;
        }

        var audible = SignalAnalysis.Dbfs(rest) >= -70;
        ear.Append(rest, 0, audible ? rest.Length : 0);
        if (audible && !_agentHeard)
        {
            _agentHeard = true;
            State.LogAt(ear.LengthMs - (rest.Length * 1000.0 / SampleRate), WireDirection.FromAgent, "agent audio", State.Codec);
        }
    }

    private bool _agentHeard;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"browser caller at {State.NowMs:0} ms");
}
