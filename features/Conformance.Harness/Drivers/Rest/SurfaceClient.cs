using System.Net.Http.Headers;
using System.Text;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Drivers.Rest;

/// <summary>
/// HTTP to one surface of the target, with the scenario's credential, recording every exchange
/// (request, response, status, headers) in the scenario's <see cref="RestRecorder"/>. Never
/// throws on an HTTP status: statuses are what scenarios check.
/// </summary>
public sealed class SurfaceClient
{
    private readonly HttpClient _http;
    private readonly RestRecorder _recorder;
    private readonly TimeProvider _time;

    public SurfaceClient(HttpClient http, SurfaceTarget target, string? apiKey, RestRecorder recorder, TimeProvider time)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        Target = target ?? throw new ArgumentNullException(nameof(target));
        ApiKey = apiKey;
        _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public SurfaceTarget Target { get; }

    public SurfaceName Surface => Target.Surface;

    /// <summary>The scenario's key for this surface (null when it has none).</summary>
    public string? ApiKey { get; }

    public async Task<RestExchange> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(request.Method, Target.Resolve(request.Path));
        string? requestBody = null;
        string? requestType = null;
        if (request.Content is { } content)
        {
            message.Content = content;
            requestType = content.Headers.ContentType?.ToString();
            requestBody = request.Raw?.Text;
        }
        else if (request.Raw is { } raw)
        {
            message.Content = new StringContent(raw.Text, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(raw.ContentType);
            (requestBody, requestType) = (raw.Text, raw.ContentType);
        }
        else if (request.Json is { } json)
        {
            requestBody = json.ToJsonString();
            requestType = "application/json";
            message.Content = new StringContent(requestBody, Encoding.UTF8, "application/json");
        }

        var credential = request.Auth.Omit ? null : request.Auth.Credential ?? ApiKey;
        if (credential is not null)
        {
            var (header, scheme) = SurfaceNames.Auth(Surface);
            message.Headers.TryAddWithoutValidation(header, scheme is null ? credential : $"{scheme} {credential}");
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        var at = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        using var response = await _http.SendAsync(
            message, request.StreamPreview is null ? HttpCompletionOption.ResponseContentRead : HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var body = request.StreamPreview is { } preview && response.IsSuccessStatusCode
            ? await PreviewAsync(response, preview, cancellationToken)
            : await response.Content.ReadAsStringAsync(cancellationToken);
        var exchange = new RestExchange(
            Surface,
            request.Method.Method,
            message.RequestUri!,
            request.Path,
            Redacted(message.Headers),
            requestType,
            requestBody,
            (int)response.StatusCode,
            Headers(response),
            response.Content.Headers.ContentType?.ToString(),
            body,
            at,
            _time.GetElapsedTime(started))
        {
            Purpose = request.Purpose,
        };
        _recorder.Add(exchange);
        return exchange;
    }

    /// <summary>What a stream sends within <paramref name="window"/> (at most 64 KiB).</summary>
    private async Task<string> PreviewAsync(HttpResponseMessage response, TimeSpan window, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(window, _time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var buffer = new byte[64 * 1024];
        var read = 0;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), limit.Token)) > 0)
            {
                read += n;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The window closed: a live stream never ends by itself.
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static Dictionary<string, string> Headers(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        return headers;
    }

    private static Dictionary<string, string> Redacted(HttpRequestHeaders requestHeaders)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in requestHeaders)
        {
            var value = string.Join(", ", values);
            headers[name] = name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || name.Equals("X-API-Key", StringComparison.OrdinalIgnoreCase)
                ? Redact(value)
                : value;
        }

        return headers;
    }

    /// <summary>Keeps the scheme and the last four characters, so a failure shows which key without leaking it.</summary>
    private static string Redact(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var (scheme, secret) = space > 0 ? (value[..(space + 1)], value[(space + 1)..]) : ("", value);
        return scheme + (secret.Length > 8 ? "…" + secret[^4..] : "…");
    }
}
