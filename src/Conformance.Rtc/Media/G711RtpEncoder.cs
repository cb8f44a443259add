using Conformance.Audio;

namespace Conformance.Rtc.Media;

/// <summary>PCMU/PCMA for RTP (RFC 3551 §4.5.14): one octet per 8 kHz sample, stateless.</summary>
internal sealed class G711RtpEncoder(AudioEncoding law) : IRtpAudioEncoder
{
    public bool IsValidFrameSize(int samples) => RtpAudioCodecs.IsValidFrameSize(AudioCodec.Pcmu, samples);

    public int Encode(ReadOnlySpan<short> pcm, Span<byte> payload)
    {
        G711.Encode(law, pcm, payload[..pcm.Length]);
        return pcm.Length;
    }

    public void Reset()
    {
    }

    public void Dispose()
    {
    }
}
