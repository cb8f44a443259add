using Microsoft.AspNetCore.Diagnostics;

namespace Conformance.Emulator.Http;

/// <summary>
/// Gives a body to the bodiless error statuses the framework produces itself — 404 for an
/// unknown route, 405 for a known path with the wrong method (with its Allow header) — in the
/// surface's own shape (each surface's unknown routes answer in its error format).
/// </summary>
public static class StatusCodeShaper
{
    /// <summary>Marks responses the router produced (no endpoint matched path or method), so tests can tell them from a handler's 404.</summary>
    public const string UnroutedHeader = "X-Emulator-Unrouted";

    public static async Task WriteAsync(StatusCodeContext statusContext)
    {
        ArgumentNullException.ThrowIfNull(statusContext);
        var context = statusContext.HttpContext;
        var responder = context.RequestServices.GetRequiredService<ErrorResponder>();
        var shape = responder.Catalog.For(context);
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        var error = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => shape.RouteNotFound(method, path),
            StatusCodes.Status405MethodNotAllowed => shape.MethodNotAllowed(method, path),
            StatusCodes.Status413PayloadTooLarge => shape.FromRequestProblem(RequestProblem.TooLarge, "the request body is too large"),
            StatusCodes.Status400BadRequest => shape.FromRequestProblem(RequestProblem.MalformedJson, "the request could not be read"),
            _ => null,
        };
        if (error is not null)
        {
            if (context.Response.StatusCode is StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers[UnroutedHeader] = "true";
            }

            await responder.WriteAsync(context, error);
        }
    }
}
