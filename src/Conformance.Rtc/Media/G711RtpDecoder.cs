using Conformance.Audio;

namespace Conformance.Rtc.Media;

/// <summary>PCMU/PCMA decoding (RFC 3551 §4.5.14); a lost packet becomes silence.</summary>
internal sealed class G711RtpDecoder(AudioEncoding law) : IRtpAudioDecoder
{
    public int Decode(ReadOnlySpan<byte> payload, Span<short> pcm)
    {
        if (payload.Length > pcm.Length)
        {
            return -1;
        }

        G711.Decode(law, payload, pcm[..payload.Length]);
        return payload.Length;
    }

    public int Conceal(Span<short> pcm, int samples)
    {
        pcm[..samples].Clear();
        return samples;
    }

    public void Reset()
    {
    }

    public void Dispose()
    {
    }
}
