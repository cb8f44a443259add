using Conformance.Audio;

namespace Conformance.Streams;

/// <summary>
/// The audio format of one direction of a media stream: encoding, sample rate, and (for PCM16)
/// byte order. Mono throughout: every protocol here is single-channel.
/// </summary>
public sealed record StreamAudioFormat(AudioEncoding Encoding, int SampleRate, PcmByteOrder ByteOrder = PcmByteOrder.LittleEndian)
{
    /// <summary>G.711 µ-law 8 kHz: Twilio always, Telnyx/Plivo by default.</summary>
    public static StreamAudioFormat MuLaw8k { get; } = new(AudioEncoding.MuLaw, 8000);

    public static StreamAudioFormat ALaw8k { get; } = new(AudioEncoding.ALaw, 8000);

    public int BytesPerSample => Encoding == AudioEncoding.Pcm16 ? 2 : 1;

    /// <summary>Bytes of audio per millisecond: 8 for G.711 8 kHz, 32 for PCM16 16 kHz.</summary>
    public int BytesPerMillisecond => SampleRate / 1000 * BytesPerSample;

    public int SamplesPerFrame(int frameMs) => SampleRate / 1000 * frameMs;

    public int BytesPerFrame(int frameMs) => SamplesPerFrame(frameMs) * BytesPerSample;

    public override string ToString() => Encoding == AudioEncoding.Pcm16
        ? $"PCM16 {(ByteOrder == PcmByteOrder.BigEndian ? "BE" : "LE")} {SampleRate} Hz"
        : $"{Encoding} {SampleRate} Hz";
}
