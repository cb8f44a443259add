using Conformance.Audio.Native;

namespace Conformance.Audio;

/// <summary>
/// Streaming sample-rate conversion of interleaved PCM16 between 8, 16, 24 and 48 kHz, over the
/// libspeexdsp resampler (windowed-sinc). Successive <see cref="Process(ReadOnlySpan{short}, Span{short})"/>
/// calls continue one signal, so chunked output equals one-shot output. Equal rates pass samples
/// through untouched. Not thread-safe: one resampler per stream.
/// </summary>
public sealed class Resampler : IDisposable
{
    /// <summary>speexdsp's own default (<c>SPEEX_RESAMPLER_QUALITY_DEFAULT</c>); 0 is fastest, 10 best.</summary>
    public const int DefaultQuality = 4;

    private readonly SpeexResamplerHandle? _handle;
    private bool _disposed;

    public Resampler(int inputRate, int outputRate, int channels = 1, int quality = DefaultQuality)
    {
        ValidateRate(inputRate, nameof(inputRate));
        ValidateRate(outputRate, nameof(outputRate));
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(quality);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 10);
        InputRate = inputRate;
        OutputRate = outputRate;
        Channels = channels;
        Quality = quality;
        if (inputRate == outputRate)
        {
            return;
        }

        _handle = SpeexDspNative.ResamplerInit((uint)channels, (uint)inputRate, (uint)outputRate, quality, out var error);
        if (error != SpeexDspNative.Success || _handle.IsInvalid)
        {
            _handle.Dispose();
            throw new InvalidOperationException($"speex_resampler_init({inputRate} → {outputRate} Hz) failed: {SpeexDspNative.DescribeError(error)}.");
        }
    }

    public int InputRate { get; }

    public int OutputRate { get; }

    public int Channels { get; }

    public int Quality { get; }

    /// <summary>True when the rates are equal and samples are copied unchanged.</summary>
    public bool IsPassthrough => _handle is null;

    /// <summary>Delay the filter adds, in output samples per channel (0 for passthrough).</summary>
    public int OutputLatency
    {
        get
        {
            ThrowIfDisposed();
            return _handle is null ? 0 : SpeexDspNative.ResamplerGetOutputLatency(_handle);
        }
    }

    /// <summary>Interleaved output room that always suffices for <paramref name="inputLength"/> interleaved input samples.</summary>
    public int MaxOutputLength(int inputLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputLength);
        var perChannel = ((long)(inputLength / Channels) * OutputRate + InputRate - 1) / InputRate;
        return checked((int)((perChannel + 2) * Channels));
    }

    /// <summary>
    /// Resamples all of <paramref name="input"/> (interleaved) into <paramref name="output"/> and
    /// returns how many interleaved samples were written. <paramref name="output"/> must hold
    /// <see cref="MaxOutputLength(int)"/>.
    /// </summary>
    public unsafe int Process(ReadOnlySpan<short> input, Span<short> output)
    {
        ThrowIfDisposed();
        if (input.Length % Channels != 0)
        {
            throw new ArgumentException($"{input.Length} samples is not a whole number of {Channels}-channel sample frames.", nameof(input));
        }

        if (output.Length < MaxOutputLength(input.Length))
        {
            throw new ArgumentException($"Output room {output.Length} is less than MaxOutputLength({input.Length}) = {MaxOutputLength(input.Length)}.", nameof(output));
        }

        if (_handle is null)
        {
            input.CopyTo(output);
            return input.Length;
        }

        var written = 0;
        fixed (short* inputStart = input)
        fixed (short* outputStart = output)
        {
            var consumed = 0;
            while (consumed < input.Length)
            {
                var inFrames = (uint)((input.Length - consumed) / Channels);
                var outFrames = (uint)((output.Length - written) / Channels);
                var error = SpeexDspNative.ResamplerProcessInterleavedInt(_handle, inputStart + consumed, ref inFrames, outputStart + written, ref outFrames);
                if (error != SpeexDspNative.Success)
                {
                    throw new InvalidOperationException($"speex_resampler_process_interleaved_int failed: {SpeexDspNative.DescribeError(error)}.");
                }

                if (inFrames == 0 && outFrames == 0)
                {
                    throw new InvalidOperationException("The resampler made no progress; the output buffer is too small.");
                }

                consumed += (int)inFrames * Channels;
                written += (int)outFrames * Channels;
            }
        }

        return written;
    }

    /// <summary>Resamples all of <paramref name="input"/> into a new array.</summary>
    public short[] Process(ReadOnlySpan<short> input)
    {
        var output = new short[MaxOutputLength(input.Length)];
        return output.AsSpan(0, Process(input, output)).ToArray();
    }

    /// <summary>
    /// Clears the filter memory (<c>speex_resampler_reset_mem</c>): nothing fed before the reset can
    /// reach later output. Call it when audio is cut (barge-in) so no tail of the cut audio leaks.
    /// </summary>
    public void Reset()
    {
        ThrowIfDisposed();
        if (_handle is not null)
        {
            var error = SpeexDspNative.ResamplerResetMem(_handle);
            if (error != SpeexDspNative.Success)
            {
                throw new InvalidOperationException($"speex_resampler_reset_mem failed: {SpeexDspNative.DescribeError(error)}.");
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _handle?.Dispose();
    }

    private static void ValidateRate(int rate, string name)
    {
        if (!WavFile.SupportedSampleRates.Contains(rate))
        {
            throw new ArgumentOutOfRangeException(name, rate, "The resampler converts between 8000, 16000, 24000 and 48000 Hz.");
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
