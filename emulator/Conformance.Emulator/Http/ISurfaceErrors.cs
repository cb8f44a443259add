using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

/// <summary>
/// One surface's error vocabulary: how the shared failure modes (bad bodies, bad fields,
/// unknown routes, wrong methods, auth, rate limits, bugs) map to its statuses and codes, and
/// how an <see cref="ApiError"/> is rendered in its documented shape.
/// </summary>
public interface ISurfaceErrors
{
    Surface Surface { get; }

    ApiError FromRequestProblem(RequestProblem problem, string message);

    ApiError FromFields(IReadOnlyList<FieldError> fields);

    ApiError RouteNotFound(string method, string path);

    ApiError MethodNotAllowed(string method, string path);

    ApiError Unauthorized(bool missing, string message);

    ApiError RateLimited(RateDecision decision);

    ApiError Internal(string traceId);

    ErrorBody Render(ApiError apiError, HttpContext context);
}
