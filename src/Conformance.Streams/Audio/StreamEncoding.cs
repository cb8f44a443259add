namespace Conformance.Streams.Audio;

/// <summary>How audio bytes on a media stream encode samples.</summary>
public enum StreamEncoding
{
    /// <summary>G.711 µ-law, one byte per sample.</summary>
    MuLaw,

    /// <summary>G.711 A-law, one byte per sample.</summary>
    ALaw,

    /// <summary>Linear 16-bit signed PCM, two bytes per sample (byte order per <see cref="PcmByteOrder"/>).</summary>
    Pcm16,
}
