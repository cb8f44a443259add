namespace Conformance.Rtc;

/// <summary>The audio codecs this stack negotiates and carries (RFC 7874 §3: Opus and G.711 are mandatory for WebRTC).</summary>
public enum AudioCodec
{
    Opus = 0,
    Pcmu,
    Pcma,
}
