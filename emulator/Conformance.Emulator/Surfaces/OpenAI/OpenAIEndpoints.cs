namespace Conformance.Emulator.Surfaces.OpenAI;

public static class OpenAIEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
