using System.Net.Http.Headers;
using System.Text;

namespace Conformance.Emulator.Tests.Support;

/// <summary>
/// A minimal SSE client (WHATWG HTML §9.2.6 event stream interpretation): reads fields line by
/// line and yields a message at each blank line; comment lines (":") are skipped.
/// </summary>
public sealed class SseReader : IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private Task<string?>? _pending;

    private SseReader(HttpClient http, HttpResponseMessage response, StreamReader reader)
    {
        _http = http;
        _response = response;
        _reader = reader;
    }

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<SseReader> OpenAsync(string baseUrl, string path, string bearer)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = Timeout.InfiniteTimeSpan };
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"SSE open failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        return new SseReader(http, response, reader);
    }

    public async Task<SseMessage> NextAsync(TimeSpan timeout) =>
        await NextOrEndAsync(timeout) ?? throw new InvalidOperationException("the stream ended");

    /// <summary>The next message, null when the server closed the stream; <see cref="TimeoutException"/> when nothing arrives in time.</summary>
    public async Task<SseMessage?> NextOrEndAsync(TimeSpan timeout)
    {
        string? eventName = null, id = null, retry = null;
        var data = new StringBuilder();
        var sawField = false;
        while (true)
        {
            _pending ??= _reader.ReadLineAsync();
            if (await Task.WhenAny(_pending, Task.Delay(timeout)) != _pending)
            {
                throw new TimeoutException($"no SSE line within {timeout}");
            }

            var line = await _pending;
            _pending = null;
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (sawField)
                {
                    return new SseMessage(eventName, id, retry, data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            sawField = true;
            switch (field)
            {
                case "event": eventName = value; break;
                case "id": id = value; break;
                case "retry": retry = value; break;
                case "data": data.Append(data.Length > 0 ? "\n" : string.Empty).Append(value); break;
                default: break;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
        _http.Dispose();
    }
}
