using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

/// <summary>Runs <see cref="SurfaceAuth"/> before every endpoint of a surface group, unless the endpoint authenticates itself.</summary>
public sealed class SurfaceAuthFilter : IEndpointFilter
{
    private readonly Surface _surface;
    private readonly Func<HttpContext, string?> _credential;

    public SurfaceAuthFilter(Surface surface, Func<HttpContext, string?> credential)
    {
        _surface = surface;
        _credential = credential ?? throw new ArgumentNullException(nameof(credential));
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<CustomAuthMetadata>() is null)
        {
            http.RequestServices.GetRequiredService<SurfaceAuth>().Authenticate(http, _surface, _credential(http));
        }

        return await next(context);
    }
}
