namespace Conformance.Emulator.Surfaces.ClutchCall;

public static class ClutchCallEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
