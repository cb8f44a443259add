using Conformance.Audio.Native;

namespace Conformance.Audio;

/// <summary>
/// An Opus decoder over libopus: packets in, interleaved PCM16 out, with packet-loss concealment
/// and in-band FEC recovery. Not thread-safe: one decoder per stream, used from one loop.
/// </summary>
public sealed class OpusDecoder : IDisposable
{
    private readonly OpusDecoderHandle _handle;

    public OpusDecoder(int sampleRate, int channels)
    {
        OpusFrame.ValidateRateAndChannels(sampleRate, channels);
        _handle = OpusNative.DecoderCreate(sampleRate, channels, out var error);
        if (error != OpusNative.Ok || _handle.IsInvalid)
        {
            _handle.Dispose();
            OpusException.ThrowIfError(error < 0 ? error : -3, "opus_decoder_create");
        }

        SampleRate = sampleRate;
        Channels = channels;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    /// <summary>Interleaved samples needed to hold any packet's output (120 ms).</summary>
    public int MaxFrameSamples => OpusFrame.MaxSamplesPerChannel(SampleRate) * Channels;

    /// <summary>Samples per channel that the last decode produced (<c>OPUS_GET_LAST_PACKET_DURATION</c>).</summary>
    public int LastPacketDuration => Get(OpusNative.GetLastPacketDurationRequest);

    /// <summary>
    /// Decodes one packet into <paramref name="pcm"/> and returns the samples per channel written.
    /// With <paramref name="decodeFec"/>, decodes the FEC copy of the <em>previous, lost</em> packet
    /// carried in this one; <paramref name="pcm"/> must then be exactly the lost packet's duration.
    /// An empty packet means "lost" (concealment), as in libopus.
    /// Malformed packets raise <see cref="OpusException"/> with <c>OPUS_INVALID_PACKET</c>.
    /// </summary>
    public unsafe int Decode(ReadOnlySpan<byte> packet, Span<short> pcm, bool decodeFec = false)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        var frameSize = FrameSizeOf(pcm);
        fixed (byte* data = packet)
        fixed (short* output = pcm)
        {
            var samples = OpusNative.Decode(_handle, packet.IsEmpty ? null : data, packet.Length, output, frameSize, decodeFec ? 1 : 0);
            return OpusException.ThrowIfError(samples, decodeFec ? "opus_decode (FEC)" : "opus_decode");
        }
    }

    /// <summary>Decodes one packet into a new array of interleaved samples.</summary>
    public short[] Decode(ReadOnlySpan<byte> packet)
    {
        var buffer = new short[MaxFrameSamples];
        return buffer.AsSpan(0, Decode(packet, buffer) * Channels).ToArray();
    }

    /// <summary>
    /// Packet-loss concealment: fills <paramref name="pcm"/> (a multiple of 2.5 ms) with audio
    /// extrapolated from what was decoded before, and returns the samples per channel written.
    /// </summary>
    public unsafe int DecodeLost(Span<short> pcm)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        var frameSize = FrameSizeOf(pcm);
        if ((long)frameSize * 400 % SampleRate != 0)
        {
            throw new ArgumentException($"Concealment needs a multiple of 2.5 ms; {frameSize} samples at {SampleRate} Hz is not.", nameof(pcm));
        }

        fixed (short* output = pcm)
        {
            return OpusException.ThrowIfError(OpusNative.Decode(_handle, null, 0, output, frameSize, 0), "opus_decode (PLC)");
        }
    }

    /// <summary>Samples per channel that <paramref name="packet"/> decodes to, without decoding it.</summary>
    public unsafe int GetSamplesPerChannel(ReadOnlySpan<byte> packet)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        if (packet.IsEmpty)
        {
            throw new ArgumentException("The packet is empty.", nameof(packet));
        }

        fixed (byte* data = packet)
        {
            return OpusException.ThrowIfError(OpusNative.DecoderGetNbSamples(_handle, data, packet.Length), "opus_decoder_get_nb_samples");
        }
    }

    /// <summary>Resets the decoder (<c>OPUS_RESET_STATE</c>), forgetting all history.</summary>
    public void Reset()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        OpusException.ThrowIfError(OpusNative.DecoderCtl(_handle, OpusNative.ResetState), "OPUS_RESET_STATE");
    }

    public void Dispose() => _handle.Dispose();

    private int FrameSizeOf(Span<short> pcm)
    {
        if (pcm.IsEmpty || pcm.Length % Channels != 0)
        {
            throw new ArgumentException($"The output buffer ({pcm.Length} samples) must hold whole {Channels}-channel sample frames.", nameof(pcm));
        }

        return pcm.Length / Channels;
    }

    private int Get(int request)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        OpusException.ThrowIfError(OpusNative.DecoderCtl(_handle, request, out int value), $"opus_decoder_ctl({request})");
        return value;
    }
}
