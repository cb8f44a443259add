namespace Conformance.Emulator.Runtime;

/// <summary>Audio encoding on a media-stream leg: 16-bit PCM or G.711 (µ-law unless the protocol says A-law).</summary>
public enum MediaStreamCodec
{
    Pcm16,
    G711,
}
