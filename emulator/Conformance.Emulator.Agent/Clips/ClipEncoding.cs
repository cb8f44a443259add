namespace Conformance.Emulator.Agent.Clips;

/// <summary>The wire encodings a clip is pre-encoded into, one per leg codec.</summary>
public enum ClipEncoding
{
    /// <summary>PCM16 little-endian (generic WS, OpenAI pcm16, ClutchCall pcm16).</summary>
    Pcm16LittleEndian,

    /// <summary>PCM16 big-endian (RFC 2586 L16: Telnyx, and Plivo when so configured).</summary>
    Pcm16BigEndian,

    MuLaw,

    ALaw,

    /// <summary>Opus packets, one per frame (WebRTC).</summary>
    Opus,
}
