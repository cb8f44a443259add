namespace Conformance.Audio;

/// <summary>The libopus coding mode (<c>OPUS_APPLICATION_*</c>, values from opus_defines.h).</summary>
public enum OpusApplication
{
    /// <summary>Speech over VoIP: favours intelligibility (SILK/hybrid at low rates).</summary>
    Voip = 2048,

    /// <summary>Faithful reproduction of the input (CELT-leaning).</summary>
    Audio = 2049,

    /// <summary>Lowest delay: CELT only, no SILK lookahead.</summary>
    RestrictedLowDelay = 2051,
}
