namespace Conformance.Emulator.Surfaces.Everruns;

public static class EverrunsEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
