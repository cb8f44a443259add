using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.VoiceAi;

/// <summary>
/// Voice.ai errors. <c>ErrorResponse</c> <c>{"error","detail","code"}</c> for 401/402/403/404/…;
/// FastAPI's <c>HTTPValidationError</c> <c>{"detail":[{"type","loc","msg","input"}]}</c> with one
/// item per invalid field for 422, using pydantic v2's error types (VAI-ERR-002).
/// </summary>
public sealed class VoiceAiErrorShape : ISurfaceErrors
{
    public Surface Surface => Surface.VoiceAi;

    public ApiError FromRequestProblem(RequestProblem problem, string message) => problem switch
    {
        RequestProblem.TooLarge => VoiceAiErrors.Create(VoiceAiError.PayloadTooLarge, message),
        RequestProblem.MalformedJson or RequestProblem.InvalidEncoding =>
            VoiceAiErrors.Validation([new FieldError(["body", 0], FieldErrorKind.Invalid, "JSON decode error") { ExpectedType = "json_invalid" }]),
        _ => VoiceAiErrors.Validation([new FieldError(["body"], FieldErrorKind.WrongType, "Input should be a valid dictionary or object to extract fields from") { ExpectedType = "model_attributes_type" }]),
    };

    public ApiError FromFields(IReadOnlyList<FieldError> fields) => VoiceAiErrors.Validation(fields);

    public ApiError RouteNotFound(string method, string path) => VoiceAiErrors.Create(VoiceAiError.NotFound, $"No route {method} {path}");

    public ApiError MethodNotAllowed(string method, string path) => VoiceAiErrors.Create(VoiceAiError.MethodNotAllowed, $"Method {method} is not allowed on {path}");

    public ApiError Unauthorized(bool missing, string message) =>
        VoiceAiErrors.Create(VoiceAiError.Unauthorized, missing ? "Missing bearer token" : "Invalid API key");

    public ApiError RateLimited(RateDecision decision) => VoiceAiErrors.Create(VoiceAiError.RateLimited, "Rate limit exceeded");

    public ApiError Internal(string traceId) => VoiceAiErrors.Create(VoiceAiError.Internal, $"trace {traceId}");

    public ErrorBody Render(ApiError apiError, HttpContext context)
    {
        var error = apiError;
        ArgumentNullException.ThrowIfNull(apiError);
        if (error.Type == VoiceAiErrors.ValidationShape)
        {
            return new ErrorBody(new JsonObject { ["detail"] = new JsonArray([.. error.Fields.Select(Item)]) }, "application/json");
        }

        var body = new JsonObject { ["error"] = error.Extra?["error"]?.DeepClone() ?? error.Message, ["detail"] = error.Message, ["code"] = error.Code };
        foreach (var (name, value) in error.Extra ?? [])
        {
            if (name != "error")
            {
                body[name] = value?.DeepClone();
            }
        }

        return new ErrorBody(body, "application/json");
    }

    // pydantic v2 error types and messages (docs.pydantic.dev/latest/errors/validation_errors).
    private static JsonNode Item(FieldError field)
    {
        var limit = field.Limit?.ToString(CultureInfo.InvariantCulture);
        var (type, message) = field.Kind switch
        {
            FieldErrorKind.Missing => ("missing", "Field required"),
            FieldErrorKind.WrongType => field.ExpectedType switch
            {
                "string" => ("string_type", "Input should be a valid string"),
                "integer" => ("int_type", "Input should be a valid integer"),
                "number" => ("float_type", "Input should be a valid number"),
                "boolean" => ("bool_type", "Input should be a valid boolean"),
                "object" => ("dict_type", "Input should be a valid dictionary"),
                "array" => ("list_type", "Input should be a valid list"),
                "model_attributes_type" => ("model_attributes_type", field.Message),
                "scalar" => ("scalar_type", "Input should be a valid string, number or boolean"),
                _ => ("value_error", $"Value error, {field.Message}"),
            },
            FieldErrorKind.BelowMinimum => ("greater_than_equal", $"Input should be greater than or equal to {limit}"),
            FieldErrorKind.AboveMaximum => ("less_than_equal", $"Input should be less than or equal to {limit}"),
            FieldErrorKind.NotInEnum => ("enum", $"Input should be {Alternatives(field.Allowed)}"),
            FieldErrorKind.TooShort => ("string_too_short", $"String should have at least {limit} characters"),
            FieldErrorKind.TooLong => ("string_too_long", $"String should have at most {limit} characters"),
            FieldErrorKind.PatternMismatch => ("string_pattern_mismatch", field.Message),
            FieldErrorKind.Unknown => ("extra_forbidden", "Extra inputs are not permitted"),
            _ when field.ExpectedType == "json_invalid" => ("json_invalid", "JSON decode error"),
            _ => ("value_error", $"Value error, {field.Message}"),
        };
        var item = new JsonObject
        {
            ["type"] = type,
            ["loc"] = new JsonArray([.. field.Location.Select(s => s is int i ? (JsonNode)JsonValue.Create(i) : JsonValue.Create(s.ToString()))]),
            ["msg"] = message,
        };
        if (field.Input is not null)
        {
            item["input"] = field.Input.DeepClone();
        }

        return item;
    }

    private static string Alternatives(IReadOnlyList<string>? allowed)
    {
        if (allowed is null || allowed.Count == 0)
        {
            return "one of the allowed values";
        }

        var quoted = allowed.Select(a => $"'{a}'").ToArray();
        return quoted.Length == 1 ? quoted[0] : $"{string.Join(", ", quoted[..^1])} or {quoted[^1]}";
    }
}
