using Conformance.Audio;

namespace Conformance.Rtc.Media;

/// <summary>Opus decoding to 48 kHz mono with libopus packet-loss concealment.</summary>
internal sealed class OpusRtpDecoder : IRtpAudioDecoder
{
    private readonly OpusDecoder _decoder = new(48000, 1);

    public int Decode(ReadOnlySpan<byte> payload, Span<short> pcm)
    {
        try
        {
            return _decoder.Decode(payload, pcm);
        }
        catch (OpusException)
        {
            return -1;
        }
    }

    public int Conceal(Span<short> pcm, int samples)
    {
        try
        {
            return _decoder.DecodeLost(pcm[..samples]);
        }
        catch (OpusException)
        {
            pcm[..samples].Clear();
            return samples;
        }
    }

    public void Reset() => _decoder.Reset();

    public void Dispose() => _decoder.Dispose();
}
