using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>OpenAI errors: <c>{"error":{"message","type","param","code"}}</c>, param and code null when not applicable.</summary>
public sealed class OpenAIErrorShape : ISurfaceErrors
{
    public Surface Surface => Surface.OpenAI;

    public ApiError FromRequestProblem(RequestProblem problem, string message) => problem switch
    {
        RequestProblem.TooLarge => OpenAIErrors.Create(OpenAIError.PayloadTooLarge, message),
        RequestProblem.MalformedJson or RequestProblem.InvalidEncoding => OpenAIErrors.Create(OpenAIError.InvalidJson, $"We could not parse the JSON body of your request. ({message})"),
        _ => OpenAIErrors.Create(OpenAIError.InvalidRequest, message),
    };

    public ApiError FromFields(IReadOnlyList<FieldError> fields)
    {
        var first = fields[0];
        var code = first.Kind switch
        {
            FieldErrorKind.Missing => "missing_required_parameter",
            FieldErrorKind.Unknown => "unknown_parameter",
            _ => "invalid_value",
        };
        var message = string.Join("; ", fields.Select(f => f.Kind == FieldErrorKind.Unknown ? $"Unknown parameter: '{f.Path}'." : $"{f.Path}: {f.Message}"));
        return OpenAIErrors.Create(OpenAIError.InvalidRequest, message, first.Path, code) with { Fields = fields };
    }

    public ApiError RouteNotFound(string method, string path) =>
        OpenAIErrors.Create(OpenAIError.InvalidUrl, $"Invalid URL ({method} {path})");

    public ApiError MethodNotAllowed(string method, string path) =>
        OpenAIErrors.Create(OpenAIError.MethodNotAllowed, $"Method {method} is not allowed on {path}");

    public ApiError Unauthorized(bool missing, string message) =>
        OpenAIErrors.Create(OpenAIError.Unauthorized, missing
            ? "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
            : "Incorrect API key provided.", code: missing ? "missing_api_key" : "invalid_api_key");

    public ApiError RateLimited(RateDecision decision) =>
        OpenAIErrors.Create(OpenAIError.RateLimited, "Rate limit reached for requests");

    public ApiError Internal(string traceId) =>
        OpenAIErrors.Create(OpenAIError.Internal, $"The server had an error while processing your request (trace {traceId}).");

    public ErrorBody Render(ApiError apiError, HttpContext context)
    {
        var error = apiError;
        ArgumentNullException.ThrowIfNull(apiError);
        return new ErrorBody(new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = error.Message,
                ["type"] = error.Type ?? "invalid_request_error",
                ["param"] = error.Param,
                ["code"] = string.IsNullOrEmpty(error.Code) ? null : error.Code,
            },
        }, "application/json");
    }
}
