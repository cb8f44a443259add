using System.Text.Json.Nodes;

namespace Conformance.Harness.Drivers.Rest;

/// <summary>A request to a surface: method, path relative to the surface's base, and a JSON body or raw content.</summary>
public sealed record RestRequest(HttpMethod Method, string Path)
{
    public JsonNode? Json { get; init; }

    /// <summary>Raw content instead of <see cref="Json"/> (malformed JSON, SDP, multipart).</summary>
    public HttpContent? Content { get; init; }

    /// <summary>Raw body text with its content type (kept for the record).</summary>
    public (string Text, string ContentType)? Raw { get; init; }

    public RestAuth Auth { get; init; } = RestAuth.Default;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? Purpose { get; init; }

    /// <summary>
    /// For a response that streams (Server-Sent Events): keep only what arrives within this long
    /// of the headers, then close. Null reads the whole body.
    /// </summary>
    public TimeSpan? StreamPreview { get; init; }

    public static RestRequest Get(string path) => new(HttpMethod.Get, path);

    public static RestRequest Delete(string path) => new(HttpMethod.Delete, path);

    public static RestRequest Post(string path, JsonNode? json) => new(HttpMethod.Post, path) { Json = json };

    public static RestRequest Patch(string path, JsonNode? json) => new(HttpMethod.Patch, path) { Json = json };
}
