using System.Numerics;

namespace Conformance.Audio;

/// <summary>
/// ITU-T G.711 µ-law and A-law (PCMU/PCMA, RFC 3551 §4.5.14), 16-bit linear in and out.
/// </summary>
/// <remarks>
/// Decoding is one table per law and is identical to both sox and the ITU-T G.191 STL
/// (<c>ulaw_expand</c>/<c>alaw_expand</c>). Encoding first reduces the 16-bit input to G.711's
/// uniform input (14 bits for µ-law, 13 for A-law) and then quantises it into a segment
/// (exponent) and a 4-bit mantissa. The reduction is not part of G.711 and the reference
/// implementations do it differently; <see cref="G711Quantizer"/> picks one, <see cref="G711Quantizer.Sox"/>
/// by default because sox is the oracle of this kit's interop tests.
/// <code>
///   code octet (µ-law, before the final inversion; A-law: before XOR 0x55)
///   +---+---+---+---+---+---+---+---+
///   | S |  segment  |   mantissa    |    S = 1 for positive input
///   +---+---+---+---+---+---+---+---+
/// </code>
/// </remarks>
public static class G711
{
    // G.711 Table 2a: µ-law works on the 14-bit magnitude plus a bias of 33 (0x84 at 16 bits),
    // which makes each segment a power of two; 8158 + 33 = 0x1FFF is the top of segment 7.
    private const int MuLawBias = 33;
    private const int MuLawMaxMagnitude = 8158;

    private static readonly short[] s_muLawDecode = BuildDecodeTable(DecodeMuLawScalar);
    private static readonly short[] s_aLawDecode = BuildDecodeTable(DecodeALawScalar);

    public static byte LinearToMuLaw(short sample, G711Quantizer quantizer = G711Quantizer.Sox) =>
        EncodeTables.For(AudioEncoding.MuLaw, quantizer)[(ushort)sample];

    public static short MuLawToLinear(byte code) => s_muLawDecode[code];

    public static byte LinearToALaw(short sample, G711Quantizer quantizer = G711Quantizer.Sox) =>
        EncodeTables.For(AudioEncoding.ALaw, quantizer)[(ushort)sample];

    public static short ALawToLinear(byte code) => s_aLawDecode[code];

    public static void EncodeMuLaw(ReadOnlySpan<short> pcm, Span<byte> codes, G711Quantizer quantizer = G711Quantizer.Sox) =>
        Encode(pcm, codes, EncodeTables.For(AudioEncoding.MuLaw, quantizer));

    public static void DecodeMuLaw(ReadOnlySpan<byte> codes, Span<short> pcm) => Decode(codes, pcm, s_muLawDecode);

    public static void EncodeALaw(ReadOnlySpan<short> pcm, Span<byte> codes, G711Quantizer quantizer = G711Quantizer.Sox) =>
        Encode(pcm, codes, EncodeTables.For(AudioEncoding.ALaw, quantizer));

    public static void DecodeALaw(ReadOnlySpan<byte> codes, Span<short> pcm) => Decode(codes, pcm, s_aLawDecode);

    /// <summary>Encodes with the law named by <paramref name="encoding"/> (µ-law or A-law).</summary>
    public static void Encode(AudioEncoding encoding, ReadOnlySpan<short> pcm, Span<byte> codes, G711Quantizer quantizer = G711Quantizer.Sox) =>
        Encode(pcm, codes, EncodeTables.For(encoding, quantizer));

    /// <summary>Decodes with the law named by <paramref name="encoding"/> (µ-law or A-law).</summary>
    public static void Decode(AudioEncoding encoding, ReadOnlySpan<byte> codes, Span<short> pcm) =>
        Decode(codes, pcm, encoding switch
        {
            AudioEncoding.MuLaw => s_muLawDecode,
            AudioEncoding.ALaw => s_aLawDecode,
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "G.711 is µ-law or A-law."),
        });

    internal static byte EncodeMuLawScalar(short sample, G711Quantizer quantizer)
    {
        int x = sample;
        bool negative;
        int magnitude;
        if (quantizer == G711Quantizer.ItuG191)
        {
            // G.191 ulaw_compress: one's complement for negatives, so -1 maps like 0.
            negative = x < 0;
            magnitude = (negative ? ~x : x) >> 2;
        }
        else
        {
            // sox: round to the nearest 14-bit value (clipping at the top), then quantise.
            var reduced = Math.Min((x + 2) >> 2, 8191);
            negative = reduced < 0;
            magnitude = negative ? -reduced : reduced;
        }

        var biased = Math.Min(magnitude, MuLawMaxMagnitude) + MuLawBias;
        var segment = 26 - BitOperations.LeadingZeroCount((uint)biased);
        var mantissa = (biased >> (segment + 1)) & 0xF;
        var code = ~((segment << 4) | mantissa) & 0x7F;
        return (byte)(negative ? code : code | 0x80);
    }

    internal static byte EncodeALawScalar(short sample, G711Quantizer quantizer)
    {
        int x = sample;
        bool negative;
        int magnitude;
        if (quantizer == G711Quantizer.ItuG191)
        {
            // G.191 alaw_compress: 12-bit magnitude, one's complement for negatives.
            negative = x < 0;
            magnitude = (negative ? ~x : x) >> 4;
        }
        else
        {
            // sox: round to the nearest 13-bit value (clipping at the top); A-law's negative
            // side is offset by one (-1 is the first negative step), hence -reduced - 1.
            var reduced = Math.Min((x + 4) >> 3, 4095);
            negative = reduced < 0;
            magnitude = (negative ? -reduced - 1 : reduced) >> 1;
        }

        int code;
        if (magnitude < 16)
        {
            code = magnitude;
        }
        else
        {
            var segment = 28 - BitOperations.LeadingZeroCount((uint)magnitude);
            code = (segment << 4) | ((magnitude >> (segment - 1)) & 0xF);
        }

        // G.711 §A: even-bit inversion of the transmitted octet.
        return (byte)((negative ? code : code | 0x80) ^ 0x55);
    }

    private static short DecodeMuLawScalar(byte code)
    {
        var inverted = ~code;
        var segment = (inverted >> 4) & 0x7;
        var mantissa = inverted & 0xF;
        var magnitude = (((mantissa << 3) + (MuLawBias << 2)) << segment) - (MuLawBias << 2);
        return (short)((code & 0x80) != 0 ? magnitude : -magnitude);
    }

    private static short DecodeALawScalar(byte code)
    {
        var bits = code ^ 0x55;
        var segment = (bits >> 4) & 0x7;
        var mantissa = bits & 0xF;
        if (segment > 0)
        {
            mantissa += 16;
        }

        var magnitude = (mantissa << 4) + 8;
        if (segment > 1)
        {
            magnitude <<= segment - 1;
        }

        return (short)((bits & 0x80) != 0 ? magnitude : -magnitude);
    }

    private static void Encode(ReadOnlySpan<short> pcm, Span<byte> codes, byte[] table)
    {
        if (codes.Length < pcm.Length)
        {
            throw new ArgumentException($"Need room for {pcm.Length} codes, got {codes.Length}.", nameof(codes));
        }

        for (var i = 0; i < pcm.Length; i++)
        {
            codes[i] = table[(ushort)pcm[i]];
        }
    }

    private static void Decode(ReadOnlySpan<byte> codes, Span<short> pcm, short[] table)
    {
        if (pcm.Length < codes.Length)
        {
            throw new ArgumentException($"Need room for {codes.Length} samples, got {pcm.Length}.", nameof(pcm));
        }

        for (var i = 0; i < codes.Length; i++)
        {
            pcm[i] = table[codes[i]];
        }
    }

    private static short[] BuildDecodeTable(Func<byte, short> decode)
    {
        var table = new short[256];
        for (var code = 0; code < 256; code++)
        {
            table[code] = decode((byte)code);
        }

        return table;
    }

    // One 64 KiB table per law and quantiser, indexed by the sample's bit pattern; built on first use.
    private static class EncodeTables
    {
        private static readonly byte[] s_muLawSox = Build(EncodeMuLawScalar, G711Quantizer.Sox);
        private static readonly byte[] s_muLawItu = Build(EncodeMuLawScalar, G711Quantizer.ItuG191);
        private static readonly byte[] s_aLawSox = Build(EncodeALawScalar, G711Quantizer.Sox);
        private static readonly byte[] s_aLawItu = Build(EncodeALawScalar, G711Quantizer.ItuG191);

        public static byte[] For(AudioEncoding encoding, G711Quantizer quantizer) => (encoding, quantizer) switch
        {
            (AudioEncoding.MuLaw, G711Quantizer.Sox) => s_muLawSox,
            (AudioEncoding.MuLaw, G711Quantizer.ItuG191) => s_muLawItu,
            (AudioEncoding.ALaw, G711Quantizer.Sox) => s_aLawSox,
            (AudioEncoding.ALaw, G711Quantizer.ItuG191) => s_aLawItu,
            (AudioEncoding.MuLaw or AudioEncoding.ALaw, _) =>
                throw new ArgumentOutOfRangeException(nameof(quantizer), quantizer, "Unknown G.711 quantizer."),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "G.711 is µ-law or A-law."),
        };

        private static byte[] Build(Func<short, G711Quantizer, byte> encode, G711Quantizer quantizer)
        {
            var table = new byte[65536];
            for (var x = short.MinValue; ; x++)
            {
                table[(ushort)x] = encode(x, quantizer);
                if (x == short.MaxValue)
                {
                    return table;
                }
            }
        }
    }
}
