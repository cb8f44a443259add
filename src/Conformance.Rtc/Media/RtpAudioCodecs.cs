using Conformance.Audio;

namespace Conformance.Rtc.Media;

internal static class RtpAudioCodecs
{
    public static IRtpAudioEncoder CreateEncoder(AudioCodec codec, PeerConnectionOptions options) => codec switch
    {
        AudioCodec.Opus => new OpusRtpEncoder(options.OpusApplication, options.OpusBitrate, options.OpusComplexity),
        AudioCodec.Pcmu => new G711RtpEncoder(AudioEncoding.MuLaw),
        _ => new G711RtpEncoder(AudioEncoding.ALaw),
    };

    /// <summary>Frame sizes one packet may carry: Opus 2.5-60 ms (RFC 6716 §2.1.4); G.711 up to 60 ms.</summary>
    public static bool IsValidFrameSize(AudioCodec codec, int samples) => codec == AudioCodec.Opus
        ? samples is 120 or 240 or 480 or 960 or 1920 or 2880
        : samples is > 0 and <= 480;

    public static IRtpAudioDecoder CreateDecoder(AudioCodec codec) => codec switch
    {
        AudioCodec.Opus => new OpusRtpDecoder(),
        AudioCodec.Pcmu => new G711RtpDecoder(AudioEncoding.MuLaw),
        _ => new G711RtpDecoder(AudioEncoding.ALaw),
    };
}
