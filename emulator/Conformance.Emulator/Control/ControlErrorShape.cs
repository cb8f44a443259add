using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Control;

/// <summary>Control-plane errors (and anything outside every surface prefix): RFC 9457 problem details with a code and field errors.</summary>
public sealed class ControlErrorShape : ISurfaceErrors
{
    public Surface Surface => Surface.Control;

    public ApiError FromRequestProblem(RequestProblem problem, string message) => problem switch
    {
        RequestProblem.WrongContentType => ControlErrors.Create(ControlError.UnsupportedMediaType, message),
        RequestProblem.TooLarge => ControlErrors.Create(ControlError.PayloadTooLarge, message),
        _ => ControlErrors.Create(ControlError.BadRequest, message, "invalid_body"),
    };

    public ApiError FromFields(IReadOnlyList<FieldError> fields) =>
        ControlErrors.Create(ControlError.BadRequest, string.Join("; ", fields.Select(f => $"{f.Path}: {f.Message}")), "validation_error") with { Fields = fields };

    public ApiError RouteNotFound(string method, string path) => ControlErrors.Create(ControlError.NotFound, $"no route {method} {path}");

    public ApiError MethodNotAllowed(string method, string path) => ControlErrors.Create(ControlError.MethodNotAllowed, $"{method} is not allowed on {path}");

    public ApiError Unauthorized(bool missing, string message) => ControlErrors.Create(ControlError.BadRequest, message);

    public ApiError RateLimited(RateDecision decision) => ControlErrors.Create(ControlError.BadRequest, "rate limited");

    public ApiError Internal(string traceId) => ControlErrors.Create(ControlError.Internal, $"internal error (trace {traceId})");

    public ErrorBody Render(ApiError apiError, HttpContext context)
    {
        var error = apiError;
        ArgumentNullException.ThrowIfNull(apiError);
        ArgumentNullException.ThrowIfNull(context);
        var body = new JsonObject
        {
            ["type"] = "about:blank",
            ["title"] = HttpReason.Phrase(error.Status),
            ["status"] = error.Status,
            ["detail"] = error.Message,
            ["code"] = error.Code,
            ["instance"] = context.Request.Path.Value,
        };
        if (error.Fields.Count > 0)
        {
            body["errors"] = new JsonArray([.. error.Fields.Select(f => (JsonNode)new JsonObject { ["field"] = f.Path, ["message"] = f.Message })]);
        }

        return new ErrorBody(body, "application/problem+json");
    }
}
