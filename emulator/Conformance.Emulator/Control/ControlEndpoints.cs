namespace Conformance.Emulator.Control;

public static class ControlEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
