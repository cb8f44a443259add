using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Audio.Tests;

public class PcmFramerTests
{
    [Theory]
    [InlineData(8000, 20, 160)]
    [InlineData(16000, 20, 320)]
    [InlineData(24000, 10, 240)]
    [InlineData(48000, 20, 960)]
    [InlineData(48000, 10, 480)]
    public void SamplesPerFrame_KitRates_GivesSampleCount(int rate, int ms, int expected)
    {
        Assert.Equal(expected, PcmFramer.SamplesPerFrame(rate, ms));
    }

    [Fact]
    public void SamplesPerFrame_FractionalSampleCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => PcmFramer.SamplesPerFrame(22050, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PcmFramer.SamplesPerFrame(8000, 0));
    }

    [Fact]
    public void Write_ArbitraryChunking_SameFramesAsOneShot()
    {
        var signal = Enumerable.Range(0, 5000).Select(i => (short)(i * 7)).ToArray();
        var expected = Frame(signal, [signal.Length]);

        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Choose(0, 700))), chunks =>
        {
            var frames = Frame(signal, [.. chunks, signal.Length]);
            return frames.Count == expected.Count
                && frames.Zip(expected).All(p => p.First.Timestamp == p.Second.Timestamp && p.First.Samples.Span.SequenceEqual(p.Second.Samples.Span));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Write_StereoChunksSplittingSampleFrames_KeepsInterleaving()
    {
        var framer = new PcmFramer(8000, channels: 2, frameMs: 10);
        var signal = Enumerable.Range(0, 2 * 80 * 2).Select(i => (short)i).ToArray();

        var frames = framer.Write(signal.AsSpan(0, 3)).Concat(framer.Write(signal.AsSpan(3))).ToList();

        Assert.Equal(2, frames.Count);
        Assert.Equal(80, frames[0].SamplesPerChannel);
        Assert.Equal(80, frames[1].Timestamp);
        Assert.Equal(signal[160..], frames[1].Samples.ToArray());
    }

    [Fact]
    public void WriteLittleEndianBytes_OddSplits_DecodesSamplesAcrossCalls()
    {
        var framer = new PcmFramer(8000, frameMs: 10);
        var samples = Enumerable.Range(0, 80).Select(i => (short)(i * 300 - 12000)).ToArray();
        var bytes = samples.SelectMany(s => new[] { (byte)s, (byte)(s >> 8) }).ToArray();

        var frames = new List<PcmFrame>();
        frames.AddRange(framer.WriteLittleEndianBytes(bytes.AsSpan(0, 33)));
        frames.AddRange(framer.WriteLittleEndianBytes(bytes.AsSpan(33, 1)));
        frames.AddRange(framer.WriteLittleEndianBytes(bytes.AsSpan(34, 77)));
        frames.AddRange(framer.WriteLittleEndianBytes(bytes.AsSpan(111)));

        var frame = Assert.Single(frames);
        Assert.Equal(samples, frame.Samples.ToArray());
    }

    [Fact]
    public void Flush_PartialFrame_PadsWithSilenceAndContinuesTimestamps()
    {
        var framer = new PcmFramer(16000, frameMs: 20, startTimestamp: 1000);
        Assert.Empty(framer.Write(new short[] { 5, 6, 7 }));

        var last = framer.Flush();

        Assert.NotNull(last);
        Assert.Equal(1000, last.Timestamp);
        Assert.Equal(320, last.Samples.Length);
        Assert.Equal([5, 6, 7, 0], last.Samples[..4].ToArray());
        Assert.Null(framer.Flush());
        Assert.Equal(1320, framer.Write(new short[320]).Single().Timestamp);
    }

    [Fact]
    public void Reset_DropsPendingAndRestartsTimestamps()
    {
        var framer = new PcmFramer(8000);
        framer.Write(new short[100]);

        framer.Reset(8000);

        Assert.Equal(0, framer.PendingSamples);
        var frame = framer.Write(Enumerable.Repeat((short)1, 160).ToArray()).Single();
        Assert.Equal(8000, frame.Timestamp);
        Assert.Equal(TimeSpan.FromSeconds(1), frame.MediaTime);
        Assert.Equal(TimeSpan.FromMilliseconds(1020), frame.EndMediaTime);
    }

    [Fact]
    public void PcmFrame_InvalidShape_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PcmFrame(new short[3], 8000, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PcmFrame(new short[4], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PcmFrame(new short[4], 8000, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PcmFrame(new short[4], 8000, 1, -1));
    }

    private static List<PcmFrame> Frame(short[] signal, IEnumerable<int> chunkSizes)
    {
        var framer = new PcmFramer(8000, frameMs: 20, startTimestamp: 42);
        var frames = new List<PcmFrame>();
        var offset = 0;
        foreach (var size in chunkSizes)
        {
            var take = Math.Min(size, signal.Length - offset);
            frames.AddRange(framer.Write(signal.AsSpan(offset, take)));
            offset += take;
        }

        return frames;
    }
}
