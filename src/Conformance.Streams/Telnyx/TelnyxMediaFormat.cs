using Conformance.Audio;

namespace Conformance.Streams.Telnyx;

/// <summary>
/// <c>start.media_format</c>: <c>encoding</c> is the Telnyx codec name (<c>PCMU</c>, <c>PCMA</c>,
/// <c>L16</c>, …), <c>sample_rate</c> and <c>channels</c> numbers.
/// </summary>
public sealed record TelnyxMediaFormat(string Encoding = "PCMU", int SampleRate = 8000, int Channels = 1)
{
    /// <summary>The kit supports the G.711 pair and L16, big-endian (RFC 2586), at 8/16/24/48 kHz.</summary>
    public StreamAudioFormat? ToAudioFormat() => (Encoding, SampleRate) switch
    {
        ("PCMU", 8000) => StreamAudioFormat.MuLaw8k,
        ("PCMA", 8000) => StreamAudioFormat.ALaw8k,
        ("L16", 8000 or 16000 or 24000 or 48000) => new StreamAudioFormat(AudioEncoding.Pcm16, SampleRate, PcmByteOrder.BigEndian),
        _ => null,
    };

    public static TelnyxMediaFormat From(StreamAudioFormat format) => format.Encoding switch
    {
        AudioEncoding.MuLaw => new("PCMU", format.SampleRate),
        AudioEncoding.ALaw => new("PCMA", format.SampleRate),
        _ => new("L16", format.SampleRate),
    };
}
