namespace Conformance.Rtc.Media;

/// <summary>PCM16 mono at the codec's clock rate in, one RTP payload out.</summary>
internal interface IRtpAudioEncoder : IDisposable
{
    /// <summary>Whether a frame of this many samples can be one packet (Opus: 2.5-60 ms; G.711: any).</summary>
    bool IsValidFrameSize(int samples);

    int Encode(ReadOnlySpan<short> pcm, Span<byte> payload);

    /// <summary>Forget filter and prediction state, so audio from before a barge-in cannot leak out.</summary>
    void Reset();
}
