namespace Conformance.Audio;

/// <summary>In-place iterative radix-2 complex FFT (Cooley–Tukey), on split real/imaginary arrays.</summary>
internal static class Fft
{
    /// <summary>Transforms (re, im) in place; the length must be a power of two. <paramref name="inverse"/> scales by 1/N.</summary>
    public static void Transform(double[] re, double[] im, bool inverse)
    {
        var n = re.Length;
        if (n != im.Length || n == 0 || (n & (n - 1)) != 0)
        {
            throw new ArgumentException("FFT length must be a power of two and equal for both parts.", nameof(re));
        }

        // Bit-reversal permutation.
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        // Twiddles for the largest stage; smaller stages stride through the same table.
        var half = n / 2;
        var cos = new double[Math.Max(half, 1)];
        var sin = new double[Math.Max(half, 1)];
        var sign = inverse ? 1.0 : -1.0;
        for (var k = 0; k < half; k++)
        {
            var angle = 2 * Math.PI * k / n;
            cos[k] = Math.Cos(angle);
            sin[k] = sign * Math.Sin(angle);
        }

        for (var size = 2; size <= n; size <<= 1)
        {
            var halfSize = size >> 1;
            var stride = n / size;
            for (var start = 0; start < n; start += size)
            {
                for (var k = 0; k < halfSize; k++)
                {
                    var wr = cos[k * stride];
                    var wi = sin[k * stride];
                    var a = start + k;
                    var b = a + halfSize;
                    var tr = (re[b] * wr) - (im[b] * wi);
                    var ti = (re[b] * wi) + (im[b] * wr);
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }

        if (inverse)
        {
            var scale = 1.0 / n;
            for (var i = 0; i < n; i++)
            {
                re[i] *= scale;
                im[i] *= scale;
            }
        }
    }
}
