using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Conformance.TestSupport.Browser;

/// <summary>One page (in its own browser context) with its console log kept for failure messages.</summary>
public sealed class ChromiumPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _console = new();

    internal ChromiumPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => _console.Enqueue($"[{message.Type}] {message.Text}");
        page.PageError += (_, error) => _console.Enqueue($"[pageerror] {error}");
    }

    public IPage Page { get; }

    /// <summary>Everything the page logged so far, oldest first.</summary>
    public IReadOnlyList<string> ConsoleMessages => [.. _console];

    public string ConsoleText => string.Join(Environment.NewLine, _console);

    public Task<T> EvaluateAsync<T>(string expression, object? argument = null) => Page.EvaluateAsync<T>(expression, argument);

    public Task EvaluateAsync(string expression, object? argument = null) => Page.EvaluateAsync(expression, argument);

    /// <summary>Waits until a JavaScript expression is truthy; throws with the console log on timeout.</summary>
    public async Task WaitForAsync(string expression, TimeSpan timeout, object? argument = null)
    {
        try
        {
            await Page.WaitForFunctionAsync(expression, argument, new PageWaitForFunctionOptions
            {
                Timeout = (float)timeout.TotalMilliseconds,
                PollingInterval = 50,
            });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"'{expression}' did not become true within {timeout.TotalSeconds:0.#} s. Page console:{Environment.NewLine}{ConsoleText}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
    }
}
