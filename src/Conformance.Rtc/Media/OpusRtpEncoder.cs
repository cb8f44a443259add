using Conformance.Audio;

namespace Conformance.Rtc.Media;

/// <summary>
/// Opus for RTP (RFC 7587): 48 kHz clock; we encode mono (RFC 7587 §7.1 allows mono in an
/// opus/48000/2 session) and decode to mono (libopus downmixes stereo packets).
/// </summary>
internal sealed class OpusRtpEncoder : IRtpAudioEncoder
{
    private readonly OpusEncoder _encoder;

    public OpusRtpEncoder(OpusApplication application, int? bitrate, int? complexity)
    {
        _encoder = new OpusEncoder(48000, 1, application);
        if (bitrate is { } b)
        {
            _encoder.Bitrate = b;
        }

        if (complexity is { } c)
        {
            _encoder.Complexity = c;
        }

        _encoder.InbandFec = true;
    }

    public bool IsValidFrameSize(int samples) => RtpAudioCodecs.IsValidFrameSize(AudioCodec.Opus, samples);

    public int Encode(ReadOnlySpan<short> pcm, Span<byte> payload) => _encoder.Encode(pcm, payload);

    public void Reset() => _encoder.Reset();

    public void Dispose() => _encoder.Dispose();
}
