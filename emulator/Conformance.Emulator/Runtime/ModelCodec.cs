namespace Conformance.Emulator.Runtime;

/// <summary>The codec the model leg wants (ClutchCall AgentSpec.modelCodec); the bridge transcodes the caller leg to it.</summary>
public enum ModelCodec
{
    Pcm16,
    Opus,
}
