namespace Conformance.Harness.Targets;

/// <summary>The vendor API surfaces the suite drives.</summary>
public enum SurfaceName
{
    Everruns,
    OpenAI,
    Omnia,
    ClutchCall,
    VoiceAi,
}
