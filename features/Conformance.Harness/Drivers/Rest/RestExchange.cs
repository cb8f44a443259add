using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Drivers.Rest;

/// <summary>
/// One HTTP exchange a scenario made, as sent and as answered: what contract checks validate
/// against openapi.json and what a failed scenario shows. Credentials are redacted.
/// </summary>
public sealed record RestExchange(
    SurfaceName Surface,
    string Method,
    Uri Url,
    string RelativePath,
    IReadOnlyDictionary<string, string> RequestHeaders,
    string? RequestContentType,
    string? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string? ResponseContentType,
    string? ResponseBody,
    DateTimeOffset At,
    TimeSpan Duration)
{
    /// <summary>What the scenario called it (<c>create a call over twilio</c>), for messages.</summary>
    public string? Purpose { get; init; }

    /// <summary>The response body as JSON, or null when it is not JSON.</summary>
    public JsonNode? Json
    {
        get
        {
            if (string.IsNullOrEmpty(ResponseBody))
            {
                return null;
            }

            try
            {
                return JsonNode.Parse(ResponseBody);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public string? Header(string name) => ResponseHeaders.TryGetValue(name, out var value) ? value : null;

    public override string ToString()
    {
        var body = ResponseBody is { Length: > 400 } b ? b[..400] + "…" : ResponseBody;
        return $"{Method} {RelativePath} → {Status} {ResponseContentType}{(string.IsNullOrEmpty(body) ? "" : " " + body)}";
    }
}
