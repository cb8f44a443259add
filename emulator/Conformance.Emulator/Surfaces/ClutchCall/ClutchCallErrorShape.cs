using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.ClutchCall;

/// <summary>
/// ClutchCall errors in tRPC's envelope: <c>{"error":{"message","code":&lt;JSON-RPC int&gt;,"data":{"code","httpStatus","path"}}}</c>
/// — the SDKs read <c>error.message</c>; the CLI also reads the numeric <c>code</c>.
/// </summary>
public sealed class ClutchCallErrorShape : ISurfaceErrors
{
    public const string TrpcPrefix = "/clutchcall/api/trpc/";

    public Surface Surface => Surface.ClutchCall;

    public ApiError FromRequestProblem(RequestProblem problem, string message) => problem switch
    {
        RequestProblem.WrongContentType => TrpcErrors.Create(TrpcError.UnsupportedMediaType, message),
        RequestProblem.TooLarge => TrpcErrors.Create(TrpcError.PayloadTooLarge, message),
        RequestProblem.MalformedJson or RequestProblem.InvalidEncoding => TrpcErrors.Create(TrpcError.ParseError, message),
        _ => TrpcErrors.Create(TrpcError.BadRequest, message),
    };

    public ApiError FromFields(IReadOnlyList<FieldError> fields) =>
        TrpcErrors.Create(TrpcError.BadRequest, string.Join("; ", fields.Select(f => $"{f.Path}: {f.Message}"))) with { Fields = fields };

    public ApiError RouteNotFound(string method, string path) =>
        TrpcErrors.Create(TrpcError.NotFound, path.StartsWith(TrpcPrefix, StringComparison.Ordinal)
            ? $"No procedure found on path \"{path[TrpcPrefix.Length..]}\""
            : $"No route {method} {path}");

    public ApiError MethodNotAllowed(string method, string path) =>
        TrpcErrors.Create(TrpcError.MethodNotSupported, $"Unsupported {method}-request to {path}");

    public ApiError Unauthorized(bool missing, string message) =>
        TrpcErrors.Create(TrpcError.Unauthorized, missing ? "Missing bearer token" : "Invalid API key");

    public ApiError RateLimited(RateDecision decision) => TrpcErrors.Create(TrpcError.TooManyRequests, "Rate limit exceeded");

    public ApiError Internal(string traceId) => TrpcErrors.Create(TrpcError.InternalServerError, $"Internal server error (trace {traceId})");

    public ErrorBody Render(ApiError apiError, HttpContext context)
    {
        var error = apiError;
        ArgumentNullException.ThrowIfNull(apiError);
        ArgumentNullException.ThrowIfNull(context);
        var (status, jsonRpc, key) = TrpcErrors.Describe(TrpcErrors.FromKey(error.Type ?? error.Code));
        var path = context.Request.Path.Value ?? string.Empty;
        var data = new JsonObject
        {
            ["code"] = key,
            ["httpStatus"] = status,
            ["path"] = path.StartsWith(TrpcPrefix, StringComparison.Ordinal) ? path[TrpcPrefix.Length..] : null,
        };
        if (error.Fields.Count > 0)
        {
            data["fieldErrors"] = new JsonArray([.. error.Fields.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["message"] = f.Message })]);
        }

        return new ErrorBody(new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = error.Message, ["code"] = jsonRpc, ["data"] = data },
        }, "application/json");
    }
}
