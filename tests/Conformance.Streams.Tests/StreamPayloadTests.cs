using Conformance.Audio;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Streams.Tests;

public class StreamPayloadTests
{
    [Fact]
    public void Encode_L16BigEndian_NetworkByteOrderPerRfc2586()
    {
        var format = new StreamAudioFormat(AudioEncoding.Pcm16, 16000, PcmByteOrder.BigEndian);
        Assert.Equal(new byte[] { 0x12, 0x34, 0xFF, 0xFE }, StreamPayload.Encode(format, new short[] { 0x1234, -2 }));
    }

    [Fact]
    public void Encode_Pcm16LittleEndian_LowByteFirst()
    {
        var format = new StreamAudioFormat(AudioEncoding.Pcm16, 24000);
        Assert.Equal(new byte[] { 0x34, 0x12 }, StreamPayload.Encode(format, new short[] { 0x1234 }));
    }

    [Fact]
    public void Silence_G711Codes_AreTheCodecZeros()
    {
        var mu = new byte[3];
        var a = new byte[3];
        StreamPayload.FillSilence(StreamAudioFormat.MuLaw8k, mu);
        StreamPayload.FillSilence(StreamAudioFormat.ALaw8k, a);
        Assert.All(mu, b => Assert.Equal(0xFF, b));
        Assert.All(a, b => Assert.Equal(0xD5, b));
    }

    [Fact]
    public void TryDecode_OddPcmPayload_RefusedWithoutWriting()
    {
        var pcm = new short[4];
        Assert.False(StreamPayload.TryDecode(new StreamAudioFormat(AudioEncoding.Pcm16, 8000), new byte[3], pcm, out var samples));
        Assert.Equal(0, samples);
    }

    [Fact]
    public void TryDecode_DestinationTooShort_Refused() =>
        Assert.False(StreamPayload.TryDecode(StreamAudioFormat.MuLaw8k, new byte[160], new short[159], out _));

    [Fact]
    public void EncodeThenDecode_Pcm16EitherOrder_IsExact()
    {
        var gen = from samples in Gen.ArrayOf(Gen.Choose(short.MinValue, short.MaxValue).Select(s => (short)s))
                  from order in Gen.Elements(PcmByteOrder.LittleEndian, PcmByteOrder.BigEndian)
                  select (samples, order);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var format = new StreamAudioFormat(AudioEncoding.Pcm16, 16000, input.order);
            var bytes = StreamPayload.Encode(format, input.samples);
            var back = new short[input.samples.Length];
            Assert.True(StreamPayload.TryDecode(format, bytes, back, out var n));
            Assert.Equal(input.samples.Length, n);
            Assert.Equal(input.samples, back);
        }).Check(Generators.Config);
    }

    [Theory]
    [InlineData(AudioEncoding.MuLaw)]
    [InlineData(AudioEncoding.ALaw)]
    public void DecodeThenEncode_EveryG711Code_RoundTrips(AudioEncoding encoding)
    {
        var format = new StreamAudioFormat(encoding, 8000);
        var codes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var pcm = new short[256];
        Assert.True(StreamPayload.TryDecode(format, codes, pcm, out _));
        var again = StreamPayload.Encode(format, pcm);
        // µ-law has two codes for zero (0x7F and 0xFF); every other code survives decode → encode.
        Assert.Equal(codes.Where(c => encoding != AudioEncoding.MuLaw || c != 0x7F), again.Where((_, i) => encoding != AudioEncoding.MuLaw || i != 0x7F));
    }
}
