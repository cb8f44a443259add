using System.Buffers.Binary;
using Conformance.Audio.Tests.Support;

namespace Conformance.Audio.Tests;

/// <summary>
/// G.711 against the ITU-T G.191 STL test vectors (CRC-32s in ../shared/codec-vectors/README.md,
/// vectors in openitu/STL src/g711/test_data) and against G.711's own tables.
/// </summary>
public class G711Tests
{
    private static short[] Sweep()
    {
        var sweep = new short[65536];
        for (var i = 0; i < sweep.Length; i++)
        {
            sweep[i] = (short)(i + short.MinValue);
        }

        return sweep;
    }

    // G.191 file convention: one little-endian 16-bit word per code, the code in the low byte.
    private static uint CodesAsWordsCrc(ReadOnlySpan<byte> codes)
    {
        var words = new byte[codes.Length * 2];
        for (var i = 0; i < codes.Length; i++)
        {
            words[2 * i] = codes[i];
        }

        return Crc32.Compute(words);
    }

    private static uint SamplesCrc(ReadOnlySpan<short> samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), samples[i]);
        }

        return Crc32.Compute(bytes);
    }

    [Fact]
    public void Crc32_G191SweepSource_MatchesStlSweepSrc()
    {
        Assert.Equal(0xC8BA7682u, SamplesCrc(Sweep()));
    }

    [Fact]
    public void EncodeMuLaw_G191FullSweepItu_MatchesStlSweepRU()
    {
        var codes = new byte[65536];
        G711.EncodeMuLaw(Sweep(), codes, G711Quantizer.ItuG191);
        Assert.Equal(0xCD170E15u, CodesAsWordsCrc(codes));
    }

    [Fact]
    public void EncodeALaw_G191FullSweepItu_MatchesStlSweepRA()
    {
        var codes = new byte[65536];
        G711.EncodeALaw(Sweep(), codes, G711Quantizer.ItuG191);
        Assert.Equal(0x74719FE4u, CodesAsWordsCrc(codes));
        Assert.Equal(0x2A, codes[0]); // README: first code of sweep-r.a
    }

    [Fact]
    public void MuLawRoundTrip_G191FullSweepItu_MatchesStlSweepRUU()
    {
        var codes = new byte[65536];
        var decoded = new short[65536];
        G711.EncodeMuLaw(Sweep(), codes, G711Quantizer.ItuG191);
        G711.DecodeMuLaw(codes, decoded);
        Assert.Equal(0x63641C01u, SamplesCrc(decoded));
    }

    [Fact]
    public void ALawRoundTrip_G191FullSweepItu_MatchesStlSweepRAA()
    {
        var codes = new byte[65536];
        var decoded = new short[65536];
        G711.EncodeALaw(Sweep(), codes, G711Quantizer.ItuG191);
        G711.DecodeALaw(codes, decoded);
        Assert.Equal(0xABCEAA69u, SamplesCrc(decoded));
    }

    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0x80, 32124)]
    [InlineData(0x00, -32124)]
    [InlineData(0xFE, 8)]
    [InlineData(0xEF, 132)]
    public void MuLawToLinear_G711Table2Codes_GiveTableValues(int code, int expected)
    {
        Assert.Equal(expected, G711.MuLawToLinear((byte)code));
    }

    [Theory]
    [InlineData(0xD5, 8)]
    [InlineData(0x55, -8)]
    [InlineData(0xAA, 32256)]
    [InlineData(0x2A, -32256)]
    [InlineData(0xC5, 264)]
    public void ALawToLinear_G711Table1Codes_GiveTableValues(int code, int expected)
    {
        Assert.Equal(expected, G711.ALawToLinear((byte)code));
    }

    [Theory]
    [InlineData(G711Quantizer.Sox)]
    [InlineData(G711Quantizer.ItuG191)]
    public void EncodeDecode_EveryCode_ReencodesToItself(G711Quantizer quantizer)
    {
        for (var code = 0; code < 256; code++)
        {
            // µ-law has two zeros (0x7F is -0); both decode to 0, which encodes as +0 (0xFF).
            var expectedMu = code == 0x7F ? 0xFF : code;
            Assert.Equal(expectedMu, G711.LinearToMuLaw(G711.MuLawToLinear((byte)code), quantizer));
            Assert.Equal(code, G711.LinearToALaw(G711.ALawToLinear((byte)code), quantizer));
        }
    }

    [Fact]
    public void SoxMuLaw_AgainstItu_EqualsItuOfInputTwoLsbFurtherFromZero()
    {
        // sox rounds to the nearest 14-bit value before quantising where G.191 truncates the
        // magnitude, so each sox decision level sits 2 LSBs (16-bit) nearer zero: sox(x) = itu(x ± 2).
        // The only other difference: -1 and -2 become +0 (0xFF) in sox and -0 (0x7F) in G.191.
        var differing = 0;
        foreach (var x in Sweep())
        {
            var sox = G711.LinearToMuLaw(x, G711Quantizer.Sox);
            differing += sox == G711.LinearToMuLaw(x, G711Quantizer.ItuG191) ? 0 : 1;
            if (x is -1 or -2)
            {
                Assert.Equal(0xFF, sox);
                continue;
            }

            var moved = (short)Math.Clamp(x >= 0 ? x + 2 : x - 2, short.MinValue, short.MaxValue);
            Assert.Equal(G711.LinearToMuLaw(moved, G711Quantizer.ItuG191), sox);
        }

        Assert.Equal(510, differing); // 254 decision levels × 2 inputs, plus -1 and -2
    }

    [Fact]
    public void SoxALaw_AgainstItu_EqualsItuOfInputFourLsbHigher()
    {
        // sox rounds to the nearest 13-bit value; G.191 truncates with one's complement for
        // negatives. Net effect: every sox decision level sits 4 LSBs lower: sox(x) = itu(x + 4).
        var differing = 0;
        foreach (var x in Sweep())
        {
            var sox = G711.LinearToALaw(x, G711Quantizer.Sox);
            differing += sox == G711.LinearToALaw(x, G711Quantizer.ItuG191) ? 0 : 1;
            Assert.Equal(G711.LinearToALaw((short)Math.Min(x + 4, short.MaxValue), G711Quantizer.ItuG191), sox);
        }

        Assert.Equal(1020, differing); // 255 decision levels × 4 inputs
    }

    [Theory]
    [InlineData(G711Quantizer.Sox)]
    [InlineData(G711Quantizer.ItuG191)]
    public void SpanEncode_FullSweep_EqualsScalar(G711Quantizer quantizer)
    {
        var sweep = Sweep();
        var mu = new byte[sweep.Length];
        var a = new byte[sweep.Length];
        G711.EncodeMuLaw(sweep, mu, quantizer);
        G711.Encode(AudioEncoding.ALaw, sweep, a, quantizer);
        for (var i = 0; i < sweep.Length; i++)
        {
            Assert.Equal(G711.LinearToMuLaw(sweep[i], quantizer), mu[i]);
            Assert.Equal(G711.LinearToALaw(sweep[i], quantizer), a[i]);
        }
    }

    [Fact]
    public void Encode_OutputTooSmall_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => G711.EncodeMuLaw(new short[10], new byte[9]));
        Assert.Throws<ArgumentException>(() => G711.DecodeALaw(new byte[10], new short[9]));
    }

    [Fact]
    public void Encode_Pcm16Encoding_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => G711.Encode(AudioEncoding.Pcm16, new short[1], new byte[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => G711.Decode(AudioEncoding.Pcm16, new byte[1], new short[1]));
    }
}
