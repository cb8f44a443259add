using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

/// <summary>Finds the error vocabulary for a surface, or for a request by its path prefix.</summary>
public sealed class SurfaceErrorCatalog
{
    private readonly Dictionary<Surface, ISurfaceErrors> _bySurface;

    public SurfaceErrorCatalog(IEnumerable<ISurfaceErrors> surfaces)
    {
        ArgumentNullException.ThrowIfNull(surfaces);
        _bySurface = surfaces.ToDictionary(s => s.Surface);
    }

    public ISurfaceErrors For(Surface surface) => _bySurface[surface];

    /// <summary>The request's surface by path; paths outside every prefix get the control plane's shape.</summary>
    public ISurfaceErrors For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return For(SurfaceNames.FromPath(context.Request.Path.Value) ?? Surface.Control);
    }
}
