using System.Text.Json.Nodes;

namespace Conformance.Emulator.Http;

/// <summary>
/// After each request, journals the exchange against every call the handler bound it to
/// (<see cref="Exchange.Bind"/>): method, path, query, status, and both bodies (truncated).
/// Credentials are never journaled.
/// </summary>
public sealed class JournalMiddleware
{
    public const int MaxBodyChars = 16 * 1024;

    private readonly RequestDelegate _next;

    public JournalMiddleware(RequestDelegate next)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await _next(context);
        }
        finally
        {
            var exchange = Exchange.Of(context);
            foreach (var call in exchange.Calls)
            {
                call.Journal.Append("http.exchange", "rest", new JsonObject
                {
                    ["method"] = context.Request.Method,
                    ["path"] = context.Request.Path.Value,
                    ["query"] = context.Request.QueryString.HasValue ? context.Request.QueryString.Value : null,
                    ["status"] = context.Response.StatusCode,
                    ["request_content_type"] = context.Request.ContentType,
                    ["request_body"] = Truncate(exchange.RequestBody),
                    ["response_content_type"] = exchange.ResponseContentType,
                    ["response_body"] = Truncate(exchange.ResponseBody),
                    ["request_id"] = context.TraceIdentifier,
                });
            }
        }
    }

    private static string? Truncate(string? text) =>
        text is null || text.Length <= MaxBodyChars ? text : string.Concat(text.AsSpan(0, MaxBodyChars), "…(truncated)");
}
