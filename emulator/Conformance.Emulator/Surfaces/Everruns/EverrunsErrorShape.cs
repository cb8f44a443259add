using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>
/// Everruns errors: RFC 9457 problem details (<c>application/problem+json</c>) with the
/// <c>ErrorResponse</c> members — title and status always; detail, code, type, instance; and
/// retry_after_seconds on 429. Field problems add an <c>errors</c> extension member
/// (RFC 9457 §3.2) listing every invalid field.
/// </summary>
public sealed class EverrunsErrorShape : ISurfaceErrors
{
    public Surface Surface => Surface.Everruns;

    public ApiError FromRequestProblem(RequestProblem problem, string message) => problem switch
    {
        RequestProblem.WrongContentType => EverrunsProblems.Create(EverrunsError.UnsupportedMediaType, message),
        RequestProblem.TooLarge => EverrunsProblems.Create(EverrunsError.PayloadTooLarge, message),
        RequestProblem.EmptyBody or RequestProblem.NotAnObject => EverrunsProblems.Create(EverrunsError.ValidationFailed, message),
        _ => EverrunsProblems.Create(EverrunsError.InvalidJson, message),
    };

    public ApiError FromFields(IReadOnlyList<FieldError> fields) =>
        EverrunsProblems.Create(EverrunsError.ValidationFailed, string.Join("; ", fields.Select(f => f.Message))) with { Fields = fields };

    public ApiError RouteNotFound(string method, string path) =>
        EverrunsProblems.Create(EverrunsError.NotFound, $"no route {method} {path}");

    public ApiError MethodNotAllowed(string method, string path) =>
        EverrunsProblems.Create(EverrunsError.MethodNotAllowed, $"{method} is not allowed on {path}");

    public ApiError Unauthorized(bool missing, string message) =>
        EverrunsProblems.Create(EverrunsError.Unauthorized, missing ? "missing bearer token (Authorization: Bearer <api key>)" : "invalid API key");

    public ApiError RateLimited(RateDecision decision) =>
        EverrunsProblems.Create(EverrunsError.RateLimited, "rate limit exceeded");

    public ApiError Internal(string traceId) =>
        EverrunsProblems.Create(EverrunsError.Internal, $"internal error (trace {traceId})");

    public ErrorBody Render(ApiError apiError, HttpContext context)
    {
        var error = apiError;
        ArgumentNullException.ThrowIfNull(apiError);
        ArgumentNullException.ThrowIfNull(context);
        var body = new JsonObject
        {
            ["type"] = $"https://docs.everruns.com/errors/{error.Code}",
            ["title"] = HttpReason.Phrase(error.Status),
            ["status"] = error.Status,
            ["detail"] = error.Message,
            ["code"] = error.Code,
            ["instance"] = context.Request.Path.Value,
        };
        if (error.Status == StatusCodes.Status429TooManyRequests)
        {
            body["retry_after_seconds"] = error.Headers?.TryGetValue("Retry-After", out var retry) == true && int.TryParse(retry, out var seconds) ? seconds : 1;
        }

        if (error.Fields.Count > 0)
        {
            body["errors"] = new JsonArray([.. error.Fields.Select(f => (JsonNode)new JsonObject { ["field"] = f.Path, ["message"] = f.Message })]);
        }

        foreach (var (name, value) in error.Extra ?? [])
        {
            body[name] = value?.DeepClone();
        }

        return new ErrorBody(body, "application/problem+json");
    }
}
