namespace Conformance.Audio;

/// <summary>Level, fidelity and delay measurements on PCM16 audio.</summary>
public static class SignalAnalysis
{
    /// <summary>
    /// The level reported for digital silence. It is below any non-zero signal of up to one second
    /// at 48 kHz stereo (a single ±1 sample there is −140 dBFS), so it never hides real audio.
    /// </summary>
    public const double MinDbfs = -144.0;

    private const double FullScale = 32768.0;

    /// <summary>Root-mean-square amplitude in sample units (0 … 32768).</summary>
    public static double Rms(ReadOnlySpan<short> samples)
    {
        if (samples.IsEmpty)
        {
            return 0;
        }

        long sum = 0;
        foreach (var s in samples)
        {
            sum += s * s;
        }

        return Math.Sqrt((double)sum / samples.Length);
    }

    /// <summary>
    /// RMS level in dB relative to full scale, where a full-scale square wave is 0 dBFS and a
    /// full-scale sine −3.01 dBFS (the dBov convention of RFC 6464 §3); silence gives <see cref="MinDbfs"/>.
    /// </summary>
    public static double Dbfs(ReadOnlySpan<short> samples) => RmsToDbfs(Rms(samples));

    /// <summary>Converts an RMS amplitude in sample units to dBFS (see <see cref="Dbfs"/>).</summary>
    public static double RmsToDbfs(double rms) =>
        rms <= 0 ? MinDbfs : Math.Max(MinDbfs, 20 * Math.Log10(rms / FullScale));

    /// <summary>The RMS amplitude in sample units for a level in dBFS.</summary>
    public static double DbfsToRms(double dbfs) => FullScale * Math.Pow(10, dbfs / 20);

    /// <summary>
    /// Signal-to-noise ratio in dB of <paramref name="decoded"/> against its source
    /// <paramref name="reference"/>, after aligning them by <see cref="EstimateDelay"/> within
    /// ±<paramref name="maxLagSamples"/>: 10·log10(Σ ref² / Σ (dec − ref)²) over the overlap.
    /// Identical signals give +∞.
    /// </summary>
    public static double Snr(ReadOnlySpan<short> decoded, ReadOnlySpan<short> reference, int maxLagSamples = 4800)
    {
        var delay = EstimateDelay(decoded, reference, maxLagSamples);
        return SnrAtDelay(decoded, reference, delay);
    }

    /// <summary>
    /// SNR in dB with a known alignment: <c>decoded[n + delay]</c> is compared with <c>reference[n]</c>
    /// wherever both exist.
    /// </summary>
    public static double SnrAtDelay(ReadOnlySpan<short> decoded, ReadOnlySpan<short> reference, int delay)
    {
        var start = Math.Max(0, -delay);
        var end = Math.Min(reference.Length, decoded.Length - delay);
        if (end <= start)
        {
            throw new ArgumentException($"With delay {delay} the signals ({decoded.Length} and {reference.Length} samples) do not overlap.", nameof(delay));
        }

        double signal = 0;
        double noise = 0;
        for (var n = start; n < end; n++)
        {
            double r = reference[n];
            var e = decoded[n + delay] - r;
            signal += r * r;
            noise += e * e;
        }

        if (signal == 0)
        {
            throw new ArgumentException("The reference is silent over the overlap; SNR is undefined.", nameof(reference));
        }

        return noise == 0 ? double.PositiveInfinity : 10 * Math.Log10(signal / noise);
    }

    /// <summary>
    /// The lag, in samples, by which <paramref name="signal"/> trails <paramref name="reference"/>
    /// (positive: <c>signal[n + lag] ≈ reference[n]</c>), searched within ±<paramref name="maxLagSamples"/>
    /// at the peak of their cross-correlation (computed by FFT, O(N log N)).
    /// </summary>
    public static int EstimateDelay(ReadOnlySpan<short> signal, ReadOnlySpan<short> reference, int maxLagSamples)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLagSamples);
        if (signal.IsEmpty || reference.IsEmpty)
        {
            throw new ArgumentException("Both signals need samples to be correlated.", nameof(signal));
        }

        var n = 1;
        while (n < signal.Length + reference.Length)
        {
            n <<= 1;
        }

        // Both real inputs ride in one complex FFT: z = s + i·r, then S[k] = (Z[k] + conj Z[N−k]) / 2
        // and R[k] = (Z[k] − conj Z[N−k]) / 2i. The cross-spectrum S·conj(R) transforms back to
        // c[lag] = Σ s[n + lag]·r[n], negative lags wrapping to the top of the buffer.
        var re = new double[n];
        var im = new double[n];
        for (var i = 0; i < signal.Length; i++)
        {
            re[i] = signal[i];
        }

        for (var i = 0; i < reference.Length; i++)
        {
            im[i] = reference[i];
        }

        Fft.Transform(re, im, inverse: false);
        var cre = new double[n];
        var cim = new double[n];
        for (var k = 0; k < n; k++)
        {
            var m = (n - k) & (n - 1);
            double zr = re[k], zi = im[k], wr = re[m], wi = -im[m];
            double sr = (zr + wr) / 2, si = (zi + wi) / 2;
            double rr = (zi - wi) / 2, ri = -(zr - wr) / 2;
            cre[k] = (sr * rr) + (si * ri);
            cim[k] = (si * rr) - (sr * ri);
        }

        Fft.Transform(cre, cim, inverse: true);
        var maxLag = Math.Min(maxLagSamples, n / 2 - 1);
        var best = 0;
        var bestValue = double.NegativeInfinity;
        for (var lag = -maxLag; lag <= maxLag; lag++)
        {
            var value = cre[lag >= 0 ? lag : n + lag];
            if (value > bestValue)
            {
                bestValue = value;
                best = lag;
            }
        }

        return best;
    }
}
