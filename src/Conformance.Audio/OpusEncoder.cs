using Conformance.Audio.Native;

namespace Conformance.Audio;

/// <summary>
/// An Opus encoder over libopus. PCM16 interleaved in, one Opus packet (RFC 6716) out per call;
/// the frame duration follows from the input length (2.5–120 ms, typically 10/20/40/60 ms).
/// Not thread-safe: one encoder per stream, used from one loop.
/// </summary>
public sealed class OpusEncoder : IDisposable
{
    private readonly OpusEncoderHandle _handle;

    public OpusEncoder(int sampleRate, int channels, OpusApplication application)
    {
        OpusFrame.ValidateRateAndChannels(sampleRate, channels);
        if (!Enum.IsDefined(application))
        {
            throw new ArgumentOutOfRangeException(nameof(application), application, "Unknown Opus application.");
        }

        _handle = OpusNative.EncoderCreate(sampleRate, channels, (int)application, out var error);
        if (error != OpusNative.Ok || _handle.IsInvalid)
        {
            _handle.Dispose();
            OpusException.ThrowIfError(error < 0 ? error : -3, "opus_encoder_create");
        }

        SampleRate = sampleRate;
        Channels = channels;
        Application = application;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public OpusApplication Application { get; }

    /// <summary>Target bit rate in bit/s (<c>OPUS_SET_BITRATE</c>); libopus clamps it to 500–512000.</summary>
    public int Bitrate
    {
        get => Get(OpusNative.GetBitrateRequest);
        set => Set(OpusNative.SetBitrateRequest, value);
    }

    /// <summary>Encoder complexity 0–10 (<c>OPUS_SET_COMPLEXITY</c>).</summary>
    public int Complexity
    {
        get => Get(OpusNative.GetComplexityRequest);
        set => Set(OpusNative.SetComplexityRequest, value);
    }

    /// <summary>Variable bit rate (libopus default on).</summary>
    public bool Vbr
    {
        get => Get(OpusNative.GetVbrRequest) != 0;
        set => Set(OpusNative.SetVbrRequest, value ? 1 : 0);
    }

    /// <summary>In-band forward error correction (LBRR, RFC 6716 §4.2.5); takes effect with <see cref="PacketLossPercent"/> &gt; 0.</summary>
    public bool InbandFec
    {
        get => Get(OpusNative.GetInbandFecRequest) != 0;
        set => Set(OpusNative.SetInbandFecRequest, value ? 1 : 0);
    }

    /// <summary>
    /// Discontinuous transmission: during silence the encoder returns 1–2-byte packets (which need
    /// not be sent) and a comfort-noise update every 400 ms.
    /// </summary>
    public bool Dtx
    {
        get => Get(OpusNative.GetDtxRequest) != 0;
        set => Set(OpusNative.SetDtxRequest, value ? 1 : 0);
    }

    /// <summary>Expected packet loss 0–100 % (<c>OPUS_SET_PACKET_LOSS_PERC</c>).</summary>
    public int PacketLossPercent
    {
        get => Get(OpusNative.GetPacketLossPercRequest);
        set => Set(OpusNative.SetPacketLossPercRequest, value);
    }

    /// <summary>Samples per channel of encoder delay (<c>OPUS_GET_LOOKAHEAD</c>): decoded audio lags the input by this much.</summary>
    public int Lookahead => Get(OpusNative.GetLookaheadRequest);

    /// <summary>
    /// Encodes one frame. <paramref name="pcm"/> holds interleaved samples whose length per channel
    /// is a valid Opus frame size; returns the packet length written to <paramref name="packet"/>
    /// (<see cref="OpusFrame.MaxPacketBytes"/> always suffices).
    /// </summary>
    public unsafe int Encode(ReadOnlySpan<short> pcm, Span<byte> packet)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        if (pcm.Length % Channels != 0 || !OpusFrame.IsValidFrameSize(SampleRate, pcm.Length / Channels))
        {
            throw new ArgumentException(
                $"{pcm.Length} samples is not an Opus frame for {Channels} channel(s) at {SampleRate} Hz (2.5, 5, 10, 20, 40, 60, 80, 100 or 120 ms).",
                nameof(pcm));
        }

        if (packet.IsEmpty)
        {
            throw new ArgumentException("The packet buffer is empty.", nameof(packet));
        }

        fixed (short* input = pcm)
        fixed (byte* output = packet)
        {
            var length = OpusNative.Encode(_handle, input, pcm.Length / Channels, output, packet.Length);
            return OpusException.ThrowIfError(length, "opus_encode");
        }
    }

    /// <summary>Encodes one frame into a new array.</summary>
    public byte[] Encode(ReadOnlySpan<short> pcm)
    {
        Span<byte> buffer = stackalloc byte[OpusFrame.MaxPacketBytes];
        return buffer[..Encode(pcm, buffer)].ToArray();
    }

    /// <summary>
    /// Resets the encoder state (<c>OPUS_RESET_STATE</c>) as if freshly created, keeping its settings:
    /// after a barge-in, the next packet carries nothing of the cut audio.
    /// </summary>
    public void Reset()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        OpusException.ThrowIfError(OpusNative.EncoderCtl(_handle, OpusNative.ResetState), "OPUS_RESET_STATE");
    }

    public void Dispose() => _handle.Dispose();

    private int Get(int request)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        OpusException.ThrowIfError(OpusNative.EncoderCtl(_handle, request, out int value), $"opus_encoder_ctl({request})");
        return value;
    }

    private void Set(int request, int value)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        OpusException.ThrowIfError(OpusNative.EncoderCtl(_handle, request, value), $"opus_encoder_ctl({request}, {value})");
    }
}
