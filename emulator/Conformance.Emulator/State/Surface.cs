namespace Conformance.Emulator.State;

/// <summary>The emulated vendor surfaces, plus the emulator's own control plane.</summary>
public enum Surface
{
    Everruns,
    OpenAI,
    Omnia,
    ClutchCall,
    VoiceAi,
    Control,
}
