using Conformance.Audio;

namespace Conformance.Harness.Measuring;

/// <summary>
/// The SNR of received audio against its source when the audio arrived in pieces — a stalled
/// sender leaves the provider's buffer empty for a while, so the caller hears the clip with holes
/// and each piece sits at its own offset. Each piece (a run of played audio) is aligned with the
/// source by itself; the SNR is then over all pieces together: 10·log10(Σ ref² / Σ (heard − ref)²).
/// A wrong codec, law or rate spoils every piece, so it still fails; a hole only moves the pieces.
/// Pure: no clock, no I/O.
/// </summary>
public static class PiecewiseSnr
{
    /// <summary>Pieces shorter than this are left out: too short to align by correlation.</summary>
    public const double MinPieceMs = 100;

    /// <summary>
    /// SNR in dB of the <paramref name="pieces"/> (sample ranges of <paramref name="heard"/>)
    /// against <paramref name="reference"/>, at <paramref name="sampleRate"/>; null when no piece is
    /// long enough or none overlaps the reference.
    /// </summary>
    public static double? Compute(ReadOnlySpan<short> heard, IReadOnlyList<SampleRange> pieces, ReadOnlySpan<short> reference, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var minimum = (int)(MinPieceMs * sampleRate / 1000);
        double signal = 0;
        double noise = 0;
        foreach (var piece in pieces)
        {
            var start = (int)Math.Clamp(piece.Start, 0, heard.Length);
            var end = (int)Math.Clamp(piece.End, start, heard.Length);
            if (end - start < minimum)
            {
                continue;
            }

            var part = heard[start..end];

            // signal[n + delay] ≈ reference[n]: a piece from the middle of the clip has a negative delay.
            var delay = SignalAnalysis.EstimateDelay(part, reference, reference.Length + part.Length);
            var from = Math.Max(0, -delay);
            var to = Math.Min(reference.Length, part.Length - delay);
            for (var n = from; n < to; n++)
            {
                double r = reference[n];
                var e = part[n + delay] - r;
                signal += r * r;
                noise += e * e;
            }
        }

        return signal == 0 ? null : noise == 0 ? double.PositiveInfinity : 10 * Math.Log10(signal / noise);
    }
}
