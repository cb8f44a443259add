namespace Conformance.Audio;

/// <summary>
/// How 16-bit linear input is reduced to G.711's 14-bit (µ-law) or 13-bit (A-law) uniform input
/// before it is quantised. G.711 itself starts from that reduced value; the two widespread
/// reference implementations reduce differently, so their encoders disagree on a few inputs next
/// to each decision level (decoding is identical). See <see cref="G711"/>.
/// </summary>
public enum G711Quantizer
{
    /// <summary>
    /// As sox 14.4 does (the oracle of the interop tests): round to the nearest 14/13-bit value,
    /// then quantise. Byte-exact with <c>sox -D … -e mu-law|a-law</c>. Its decision levels sit
    /// 2 LSBs nearer zero (µ-law) or 4 LSBs lower (A-law) than G.191's, so 510 (µ) and 1020 (A)
    /// of the 65,536 inputs land one quantisation step away from G.191's code.
    /// </summary>
    Sox,

    /// <summary>
    /// As the ITU-T G.191 Software Tools Library does (<c>ulaw_compress</c>/<c>alaw_compress</c>):
    /// drop the low bits of the magnitude, which puts every decision level exactly midway between
    /// its two reconstruction levels. Matches the STL test vectors <c>sweep-r.u</c>/<c>sweep-r.a</c>.
    /// </summary>
    ItuG191,
}
