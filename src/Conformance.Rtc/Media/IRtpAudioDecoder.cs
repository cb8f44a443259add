namespace Conformance.Rtc.Media;

/// <summary>One RTP payload in, PCM16 mono at the codec's clock rate out.</summary>
internal interface IRtpAudioDecoder : IDisposable
{
    /// <returns>Samples written, or -1 when the payload cannot be decoded.</returns>
    int Decode(ReadOnlySpan<byte> payload, Span<short> pcm);

    /// <summary>Fills a lost packet's worth of audio (Opus PLC; silence for G.711).</summary>
    int Conceal(Span<short> pcm, int samples);

    void Reset();
}
