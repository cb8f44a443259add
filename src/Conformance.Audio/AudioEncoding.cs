namespace Conformance.Audio;

/// <summary>Sample encodings the kit reads, writes and sends.</summary>
public enum AudioEncoding
{
    /// <summary>Linear PCM, 16-bit signed, little-endian in files.</summary>
    Pcm16,

    /// <summary>ITU-T G.711 µ-law, one octet per sample (PCMU, RFC 3551 §4.5.14).</summary>
    MuLaw,

    /// <summary>ITU-T G.711 A-law, one octet per sample (PCMA, RFC 3551 §4.5.14).</summary>
    ALaw,
}
