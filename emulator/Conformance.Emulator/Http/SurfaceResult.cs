using System.Text.Json.Nodes;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

/// <summary>
/// A success response of any surface: JSON (or text such as an SDP answer) with status and
/// headers. Executing it applies the REST deviations that break success rules (a missing
/// field, a wrong 2xx) and keeps the body for the journal.
/// </summary>
public sealed class SurfaceResult : IResult
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    private SurfaceResult(int status, JsonNode? json, string? text, string contentType)
    {
        Status = status;
        Json = json;
        Text = text;
        ContentType = contentType;
    }

    public int Status { get; }

    public JsonNode? Json { get; }

    public string? Text { get; }

    public string ContentType { get; }

    public static SurfaceResult Ok(JsonNode? body, int status = StatusCodes.Status200OK) =>
        new(status, body, null, "application/json; charset=utf-8");

    public static SurfaceResult Plain(string text, string contentType, int status = StatusCodes.Status200OK) =>
        new(status, null, text, contentType);

    public static SurfaceResult Empty(int status = StatusCodes.Status200OK) => new(status, null, string.Empty, string.Empty);

    public SurfaceResult WithHeader(string name, string value)
    {
        _headers[name] = value;
        return this;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var deviations = httpContext.RequestServices.GetRequiredService<DeviationRegistry>();
        var surface = SurfaceNames.FromPath(httpContext.Request.Path.Value) ?? Surface.Control;
        var tenant = Exchange.Of(httpContext).Caller?.TenantId;
        var operation = httpContext.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;

        var status = Status;
        var json = Json?.DeepClone();
        if (surface != Surface.Control)
        {
            foreach (var deviation in deviations.FindAll(RestDeviations.SuccessStatusWrong, surface, tenant))
            {
                if (deviation.GetString("operation") == operation && deviation.GetInteger("status") is { } to and >= 200 and <= 299)
                {
                    status = (int)to;
                }
            }

            if (json is JsonObject obj)
            {
                foreach (var deviation in deviations.FindAll(RestDeviations.ResponseFieldMissing, surface, tenant))
                {
                    if (deviation.GetString("operation") is not { } only || only == operation)
                    {
                        obj.Remove(deviation.GetString("field") ?? string.Empty);
                    }
                }
            }
        }

        httpContext.Response.StatusCode = status;
        foreach (var (name, value) in _headers)
        {
            httpContext.Response.Headers[name] = value;
        }

        var body = json is not null ? json.ToJsonString(WireJson.Options) : Text ?? (Json is null && Text is null ? "null" : string.Empty);
        var exchange = Exchange.Of(httpContext);
        exchange.ResponseBody = body;
        exchange.ResponseContentType = ContentType;
        if (body.Length == 0)
        {
            return;
        }

        httpContext.Response.ContentType = ContentType;
        await httpContext.Response.WriteAsync(body, httpContext.RequestAborted);
    }
}
