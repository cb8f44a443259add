using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Sdp;

namespace Conformance.Rtc;

/// <summary>
/// What offer/answer settled for the audio section, from this side's point of view. PCM at the
/// connection's edge is mono at <see cref="PcmSampleRate"/> (the RTP clock rate of the codec).
/// </summary>
public sealed record NegotiatedAudio
{
    public required AudioCodec Codec { get; init; }

    /// <summary>The payload type the offerer chose for the codec (used both ways, RFC 3264 §6.1).</summary>
    public required int PayloadType { get; init; }

    public required int ClockRate { get; init; }

    /// <summary>The rtpmap channel count (2 for Opus per RFC 7587, whatever is really coded).</summary>
    public required int Channels { get; init; }

    /// <summary>RFC 4733 telephone-event payload type at the codec's clock rate, when both sides have it.</summary>
    public int? TelephoneEventPayloadType { get; init; }

    /// <summary>The offer's a=fmtp parameters for the codec, verbatim.</summary>
    public string? RemoteFormatParameters { get; init; }

    public string? Mid { get; init; }

    /// <summary>This side's direction.</summary>
    public required SdpDirection Direction { get; init; }

    public required IceCredentials RemoteIce { get; init; }

    public bool RemoteIceLite { get; init; }

    public IReadOnlyList<IceCandidate> RemoteCandidates { get; init; } = [];

    public required DtlsFingerprint RemoteFingerprint { get; init; }

    public required DtlsRole LocalDtlsRole { get; init; }

    /// <summary>The mids both sides keep (the BUNDLE group of the answer).</summary>
    public IReadOnlyList<string> AcceptedMids { get; init; } = [];

    /// <summary>The peer's first a=ssrc, when it signalled one.</summary>
    public uint? RemoteSsrc { get; init; }

    public int PcmSampleRate => Codec.ClockRate();

    /// <summary>Samples in one 20 ms frame at <see cref="PcmSampleRate"/>.</summary>
    public int SamplesPerFrame => PcmSampleRate / 50;
}
