namespace Conformance.Streams.Generic;

/// <summary>Audio encoding of a generic stream: <c>pcm_s16le</c> (default) or <c>mulaw</c> (8 kHz only).</summary>
public enum GenericEncoding
{
    PcmS16Le,
    MuLaw,
}
