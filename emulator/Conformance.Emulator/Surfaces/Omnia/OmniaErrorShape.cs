using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// Omnia errors: <c>CallApiError</c> <c>{"error":{"message","code"}}</c> (the general table of
/// authentication.mdx), or for the agent CRUD endpoints the Zod-flatten envelope
/// <c>{"error": "...", "details": {"formErrors": [], "fieldErrors": {path: [msg]}}}</c>.
/// </summary>
public sealed class OmniaErrorShape : ISurfaceErrors
{
    public Surface Surface => Surface.Omnia;

    public ApiError FromRequestProblem(RequestProblem problem, string message) => problem switch
    {
        RequestProblem.TooLarge => OmniaErrors.Create(OmniaError.PayloadTooLarge, message),
        _ => OmniaErrors.Create(OmniaError.InvalidBody, message),
    };

    public ApiError FromFields(IReadOnlyList<FieldError> fields) => OmniaErrors.Fields(fields);

    public ApiError RouteNotFound(string method, string path) => OmniaErrors.Create(OmniaError.NotFound, $"Route not found: {method} {path}");

    public ApiError MethodNotAllowed(string method, string path) => OmniaErrors.Create(OmniaError.MethodNotAllowed, $"Method {method} not allowed on {path}");

    public ApiError Unauthorized(bool missing, string message) => missing
        ? OmniaErrors.Create(OmniaError.MissingApiKey, "Missing API key (X-API-Key header)")
        : OmniaErrors.Create(OmniaError.Unauthorized, "Invalid API key");

    public ApiError RateLimited(RateDecision decision) => OmniaErrors.Create(OmniaError.RateLimited, "Rate limit exceeded");

    public ApiError Internal(string traceId) => OmniaErrors.Create(OmniaError.Internal, $"Internal server error (trace {traceId})");

    public ErrorBody Render(ApiError apiError, HttpContext context)
    {
        var error = apiError;
        ArgumentNullException.ThrowIfNull(apiError);
        if (error.Type == OmniaErrors.ZodShape)
        {
            var fieldErrors = new JsonObject();
            foreach (var group in error.Fields.GroupBy(f => f.Path))
            {
                fieldErrors[group.Key.Length == 0 ? "_" : group.Key] = new JsonArray([.. group.Select(f => (JsonNode)JsonValue.Create(f.Message))]);
            }

            return new ErrorBody(new JsonObject
            {
                ["error"] = error.Message,
                ["details"] = new JsonObject
                {
                    ["formErrors"] = new JsonArray(),
                    ["fieldErrors"] = fieldErrors,
                },
            }, "application/json");
        }

        return new ErrorBody(new JsonObject { ["error"] = new JsonObject { ["message"] = error.Message, ["code"] = error.Code } }, "application/json");
    }
}
