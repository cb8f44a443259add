using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Emulator.Tests.Support;

/// <summary>Talks to an emulator over real HTTP/WebSocket, as any client would.</summary>
public sealed class EmulatorClient : IDisposable
{
    private readonly HttpClient _http;

    public EmulatorClient(string baseUrl)
    {
        BaseUrl = baseUrl;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string BaseUrl { get; }

    public Task<ApiResponse> GetAsync(string path, Auth? auth = null) => SendAsync(HttpMethod.Get, path, null, auth);

    public Task<ApiResponse> DeleteAsync(string path, Auth? auth = null) => SendAsync(HttpMethod.Delete, path, null, auth);

    public Task<ApiResponse> PostJsonAsync(string path, JsonNode? body, Auth? auth = null) =>
        SendAsync(HttpMethod.Post, path, body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), auth);

    public Task<ApiResponse> PatchJsonAsync(string path, JsonNode? body, Auth? auth = null) =>
        SendAsync(HttpMethod.Patch, path, body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), auth);

    public Task<ApiResponse> PostRawAsync(string path, string body, string? contentType, Auth? auth = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return SendAsync(HttpMethod.Post, path, content, auth);
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, HttpContent? content, Auth? auth = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (auth?.Header is { } name)
        {
            request.Headers.TryAddWithoutValidation(name, auth.Value);
        }

        foreach (var (key, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(key, value);
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var all = response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
        return new ApiResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, all);
    }

    /// <summary>Opens a WebSocket to a ws:// URL on this emulator (or a path), with an optional credential header.</summary>
    public async Task<ClientWebSocket> ConnectAsync(string urlOrPath, Auth? auth = null, CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        if (auth?.Header is { } name)
        {
            socket.Options.SetRequestHeader(name, auth.Value);
        }

        var url = urlOrPath.StartsWith("ws", StringComparison.Ordinal) ? urlOrPath : "ws" + BaseUrl["http".Length..] + urlOrPath;
        await socket.ConnectAsync(new Uri(url), cancellationToken);
        return socket;
    }

    public void Dispose() => _http.Dispose();
}
