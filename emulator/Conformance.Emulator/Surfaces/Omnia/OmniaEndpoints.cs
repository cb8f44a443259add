namespace Conformance.Emulator.Surfaces.Omnia;

public static class OmniaEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
