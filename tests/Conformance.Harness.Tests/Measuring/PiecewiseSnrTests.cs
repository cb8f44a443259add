using Conformance.Audio;
using Conformance.Harness.Measuring;

namespace Conformance.Harness.Tests.Measuring;

public sealed class PiecewiseSnrTests
{
    private const int Rate = 8000;

    [Fact]
    public void Compute_ClipHeardWithAHole_IsAsFaithfulAsTheClip()
    {
        var reference = Speechlike(Rate * 2);

        // The first second, 60 ms of nothing (a stalled sender), then the rest.
        var hole = Rate * 60 / 1000;
        var heard = new short[reference.Length + hole];
        reference.AsSpan(0, Rate).CopyTo(heard);
        reference.AsSpan(Rate).CopyTo(heard.AsSpan(Rate + hole));
        SampleRange[] pieces = [new(0, Rate), new(Rate + hole, heard.Length)];

        Assert.True(SignalAnalysis.Snr(heard, reference, Rate / 5) < 10, "one alignment for the whole cannot fit both pieces");
        Assert.True(PiecewiseSnr.Compute(heard, pieces, reference, Rate) > 60);
    }

    [Fact]
    public void Compute_EveryPieceDistorted_StaysLow()
    {
        var reference = Speechlike(Rate * 2);
        var heard = reference.Select(s => (short)(s / 4)).ToArray();
        SampleRange[] pieces = [new(0, Rate), new(Rate, heard.Length)];

        Assert.InRange(PiecewiseSnr.Compute(heard, pieces, reference, Rate)!.Value, 2, 3);
    }

    [Fact]
    public void Compute_OnlyPiecesTooShortToAlign_IsNull()
    {
        var reference = Speechlike(Rate);
        SampleRange[] pieces = [new(0, Rate / 20)];

        Assert.Null(PiecewiseSnr.Compute(reference, pieces, reference, Rate));
    }

    /// <summary>Deterministic noise shaped by a slow envelope: correlates only at its own alignment.</summary>
    private static short[] Speechlike(int samples)
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, samples).Select(i => (short)((random.NextDouble() - 0.5) * 16000 * (0.6 + (0.4 * Math.Sin(i * 2 * Math.PI / 1600)))))];
    }
}
