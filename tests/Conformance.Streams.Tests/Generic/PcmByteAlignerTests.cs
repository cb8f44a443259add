using Conformance.Streams.Generic;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Streams.Tests.Generic;

public class PcmByteAlignerTests
{
    [Fact]
    public void Align_OddChunks_CarriesTheOddByteOver()
    {
        var aligner = new PcmByteAligner(2);
        var output = new byte[8];
        Assert.Equal(2, aligner.Align(new byte[] { 1, 2, 3 }, output));
        Assert.Equal(new byte[] { 1, 2 }, output[..2]);
        Assert.Equal(1, aligner.PendingBytes);
        Assert.Equal(4, aligner.Align(new byte[] { 4, 5, 6 }, output));
        Assert.Equal(new byte[] { 3, 4, 5, 6 }, output[..4]);
        Assert.Equal(0, aligner.PendingBytes);
        Assert.Equal(0, aligner.Align(new byte[] { 7 }, output));
        Assert.Equal(1, aligner.PendingBytes);
    }

    [Fact]
    public void Align_OneBytePerSample_NeverBuffers()
    {
        var aligner = new PcmByteAligner(1);
        Assert.Equal(3, aligner.Align(new byte[] { 1, 2, 3 }, new byte[3]));
        Assert.Equal(0, aligner.PendingBytes);
    }

    [Fact]
    public void Align_AnySplitOfAStream_ReassemblesItExactly()
    {
        var gen =
            from data in Generators.Bytes(200)
            from cuts in Gen.ListOf(Gen.Choose(0, 200))
            select (data, cuts);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (data, cuts) = input;
            var aligner = new PcmByteAligner(2);
            var joined = new List<byte>();
            var previous = 0;
            foreach (var cut in cuts.Select(c => Math.Min(c, data.Length)).Order().Append(data.Length))
            {
                var chunk = data.AsSpan(previous, cut - previous);
                var output = new byte[aligner.MaxOutputBytes(chunk.Length)];
                var written = aligner.Align(chunk, output);
                Assert.Equal(0, written % 2);
                joined.AddRange(output[..written]);
                previous = cut;
            }

            Assert.Equal(data[..(data.Length / 2 * 2)], joined.ToArray());
            Assert.Equal(data.Length % 2, aligner.PendingBytes);
        }).Check(Generators.Config);
    }
}
