using System.Globalization;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

/// <summary>
/// Authenticates an API key for a surface (the key must exist, belong to that surface and not
/// be disabled), counts the request against the key's rate limit, and on Omnia writes the
/// documented X-RateLimit-* headers (OMN-RATE-001). Failures are thrown in the surface's shape.
/// </summary>
public sealed class SurfaceAuth
{
    private readonly EmulatorStore _store;
    private readonly SurfaceErrorCatalog _errors;
    private readonly DeviationRegistry _deviations;

    public SurfaceAuth(EmulatorStore store, SurfaceErrorCatalog errors, DeviationRegistry deviations)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _errors = errors ?? throw new ArgumentNullException(nameof(errors));
        _deviations = deviations ?? throw new ArgumentNullException(nameof(deviations));
    }

    /// <summary>The bearer token of <c>Authorization: Bearer …</c> (RFC 6750 §2.1; scheme case-insensitive), or null.</summary>
    public static string? Bearer(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    public static string? Header(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Request.Headers[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public Caller Authenticate(HttpContext context, Surface surface, string? presented)
    {
        ArgumentNullException.ThrowIfNull(context);
        var shape = _errors.For(surface);
        if (string.IsNullOrEmpty(presented))
        {
            throw new ApiErrorException(shape.Unauthorized(missing: true, "no API key was presented"));
        }

        var key = _store.FindKey(presented);
        if (key is null || key.Surface != surface || key.Disabled)
        {
            throw new ApiErrorException(shape.Unauthorized(missing: false, "the API key is not valid"));
        }

        var tenant = _store.FindTenant(key.TenantId)
            ?? throw new ApiErrorException(shape.Unauthorized(missing: false, "the API key is not valid"));
        var caller = new Caller(key, tenant);
        Exchange.Of(context).Caller = caller;
        var decision = _store.CountRequest(key);
        if (surface == Surface.Omnia && decision.IsLimited && _deviations.Find(RestDeviations.RateLimitHeadersMissing, surface, tenant.Id) is null)
        {
            context.Response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Reset"] = decision.ResetAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        if (!decision.Allowed)
        {
            throw new ApiErrorException(shape.RateLimited(decision) with
            {
                Headers = new Dictionary<string, string>
                {
                    ["Retry-After"] = Math.Max(1, (long)Math.Ceiling((decision.ResetAt - _store.Now).TotalSeconds)).ToString(CultureInfo.InvariantCulture),
                },
            });
        }

        return caller;
    }
}
