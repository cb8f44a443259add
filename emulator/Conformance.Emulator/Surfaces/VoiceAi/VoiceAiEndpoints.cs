namespace Conformance.Emulator.Surfaces.VoiceAi;

public static class VoiceAiEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
