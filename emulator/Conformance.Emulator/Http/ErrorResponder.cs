using System.Text.Json.Nodes;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

/// <summary>
/// Writes an <see cref="ApiError"/> in the request's surface shape — unless a REST deviation
/// says to break that rule (wrong status, wrong shape) — and keeps what it wrote for the journal.
/// </summary>
public sealed class ErrorResponder
{
    private readonly SurfaceErrorCatalog _catalog;
    private readonly DeviationRegistry _deviations;

    public ErrorResponder(SurfaceErrorCatalog catalog, DeviationRegistry deviations)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _deviations = deviations ?? throw new ArgumentNullException(nameof(deviations));
    }

    public SurfaceErrorCatalog Catalog => _catalog;

    public async Task WriteAsync(HttpContext context, ApiError error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        var shape = _catalog.For(context);
        var tenant = Exchange.Of(context).Caller?.TenantId;
        var status = error.Status;
        foreach (var deviation in _deviations.FindAll(RestDeviations.ErrorStatusWrong, shape.Surface, tenant))
        {
            if (deviation.GetInteger("from") == status && deviation.GetInteger("to") is { } to and >= 100 and <= 599)
            {
                status = (int)to;
            }
        }

        var rendered = _deviations.Find(RestDeviations.ErrorShapeWrong, shape.Surface, tenant) is not null
            ? new ErrorBody(new JsonObject { ["message"] = error.Message, ["status"] = status }, "application/json")
            : shape.Render(error, context);

        context.Response.StatusCode = status;
        foreach (var (name, value) in error.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        var text = rendered.Body.ToJsonString(WireJson.Options);
        var exchange = Exchange.Of(context);
        exchange.ResponseBody = text;
        exchange.ResponseContentType = rendered.ContentType;
        context.Response.ContentType = rendered.ContentType;
        await context.Response.WriteAsync(text, context.RequestAborted);
    }
}
