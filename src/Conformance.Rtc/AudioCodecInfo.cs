namespace Conformance.Rtc;

/// <summary>
/// SDP and RTP facts per codec. The PCM rate at the connection's edge equals the RTP clock rate:
/// 48 kHz for Opus (RFC 7587 §4.1 fixes the RTP clock at 48000 whatever the coded bandwidth),
/// 8 kHz for PCMU/PCMA (RFC 3551 §4.5.14).
/// </summary>
public static class AudioCodecInfo
{
    public static string SdpName(this AudioCodec codec) => codec switch
    {
        AudioCodec.Opus => "opus",
        AudioCodec.Pcmu => "PCMU",
        _ => "PCMA",
    };

    public static int ClockRate(this AudioCodec codec) => codec == AudioCodec.Opus ? 48000 : 8000;

    /// <summary>The channel count in rtpmap: RFC 7587 §7 requires opus/48000/2 even for mono streams.</summary>
    public static int SdpChannels(this AudioCodec codec) => codec == AudioCodec.Opus ? 2 : 1;

    /// <summary>RFC 3551 §6 static payload types; Opus is dynamic (111 is what browsers use).</summary>
    public static int DefaultPayloadType(this AudioCodec codec) => codec switch
    {
        AudioCodec.Opus => 111,
        AudioCodec.Pcmu => 0,
        _ => 8,
    };

    public static int SamplesPerFrame(this AudioCodec codec, int milliseconds) => codec.ClockRate() / 1000 * milliseconds;

    public static AudioCodec? FromSdp(string encodingName, int clockRate) => encodingName.ToUpperInvariant() switch
    {
        "OPUS" when clockRate == 48000 => AudioCodec.Opus,
        "PCMU" when clockRate == 8000 => AudioCodec.Pcmu,
        "PCMA" when clockRate == 8000 => AudioCodec.Pcma,
        _ => null,
    };
}
