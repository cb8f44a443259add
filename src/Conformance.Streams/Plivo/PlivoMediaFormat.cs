using Conformance.Audio;

namespace Conformance.Streams.Plivo;

/// <summary>
/// <c>start.mediaFormat</c> and <c>playAudio.media</c>'s pair: <c>audio/x-mulaw</c> at 8000 Hz or
/// <c>audio/x-l16</c> at 8000/16000 Hz (the three XML <c>contentType</c> values).
/// </summary>
public sealed record PlivoMediaFormat(string Encoding = PlivoMediaFormat.MuLaw, int SampleRate = 8000)
{
    public const string MuLaw = "audio/x-mulaw";
    public const string L16 = "audio/x-l16";

    /// <summary>Plivo does not document L16's byte order, so the caller says which it is.</summary>
    public StreamAudioFormat? ToAudioFormat(PcmByteOrder l16ByteOrder) => (Encoding, SampleRate) switch
    {
        (MuLaw, 8000) => StreamAudioFormat.MuLaw8k,
        (L16, 8000 or 16000) => new StreamAudioFormat(AudioEncoding.Pcm16, SampleRate, l16ByteOrder),
        _ => null,
    };

    public static PlivoMediaFormat From(StreamAudioFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return new(format.Encoding == AudioEncoding.Pcm16 ? L16 : MuLaw, format.SampleRate);
    }

    /// <summary>The XML <c>contentType</c> attribute, e.g. <c>audio/x-l16;rate=16000</c>.</summary>
    public string ContentTypeAttribute => $"{Encoding};rate={SampleRate}";
}
