using System.Globalization;
using Conformance.Rtc.Dtls;

namespace Conformance.Rtc.Sdp;

/// <summary>
/// Answers a WebRTC offer (RFC 3264 §6, JSEP RFC 8829 §5.3): accepts the first audio section,
/// rejects every other section with port 0, and answers ICE-lite, non-trickle, rtcp-mux, BUNDLE
/// of the accepted mid. Pure: the caller supplies the transport facts.
/// </summary>
public static class SdpAnswerer
{
    public static (SdpMessage Answer, NegotiatedAudio Negotiated) CreateAnswer(string offerSdp, AnswerOptions options, SdpLocalParameters local)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(local);
        if (!SdpMessage.TryParse(offerSdp, out var offer, out var errors))
        {
            throw SdpNegotiationException.Malformed(errors);
        }

        return CreateAnswer(offer, options, local);
    }

    public static (SdpMessage Answer, NegotiatedAudio Negotiated) CreateAnswer(SdpMessage offer, AnswerOptions options, SdpLocalParameters local)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(local);
        var audioIndex = FindAudio(offer);
        var audio = offer.Media[audioIndex];
        if (!SdpTransportReader.IsDtlsSrtpProtocol(audio.Protocol))
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.UnsupportedTransport,
                $"Audio transport '{audio.Protocol}' is not DTLS-SRTP; expected UDP/TLS/RTP/SAVPF (RFC 8829 §5.1.2).", audio.Line);
        }

        var remoteIce = SdpTransportReader.ReadIce(offer, audio);
        var fingerprint = SdpTransportReader.ReadFingerprint(offer, audio);
        var (localRole, setup) = ChooseRole(offer, audio);
        SdpTransportReader.RequireRtcpMux(offer, audio);
        var (codec, map, fmtp) = ChooseCodec(audio, options.CodecPreference);
        var telephoneEvent = options.AcceptTelephoneEvent
            ? audio.RtpMaps.FirstOrDefault(m => string.Equals(m.EncodingName, "telephone-event", StringComparison.OrdinalIgnoreCase) && m.ClockRate == map.ClockRate
                && audio.Formats.Contains(m.PayloadType.ToString(CultureInfo.InvariantCulture)))
            : null;

        var mid = audio.Mid ?? audioIndex.ToString(CultureInfo.InvariantCulture);
        var direction = audio.Direction.Reverse();
        var codecs = new List<(SdpRtpMap, string?)> { (map, codec == AudioCodec.Opus ? "minptime=10;useinbandfec=1" : null) };
        if (telephoneEvent is not null)
        {
            codecs.Add((telephoneEvent, "0-15"));
        }

        var media = new List<SdpMediaDescription>();
        for (var i = 0; i < offer.Media.Count; i++)
        {
            media.Add(i == audioIndex
                ? SdpAudioSection.Build(local, mid, setup, direction, codecs)
                : Rejected(offer.Media[i]));
        }

        var answer = new SdpMessage
        {
            Origin = SdpAudioSection.Origin(local, 2),
            Attributes =
            [
                new("group", $"BUNDLE {mid}"),
                new("ice-lite", null),
                new("msid-semantic", $" WMS {local.StreamId}"),
            ],
            Media = media,
        };

        var negotiated = new NegotiatedAudio
        {
            Codec = codec,
            PayloadType = map.PayloadType,
            ClockRate = map.ClockRate,
            Channels = map.Channels,
            TelephoneEventPayloadType = telephoneEvent?.PayloadType,
            RemoteFormatParameters = fmtp,
            Mid = mid,
            Direction = direction,
            RemoteIce = remoteIce,
            RemoteIceLite = offer.GetAttribute("ice-lite") is not null,
            RemoteCandidates = SdpTransportReader.ReadCandidates(audio),
            RemoteFingerprint = fingerprint,
            LocalDtlsRole = localRole,
            AcceptedMids = [mid],
            RemoteSsrc = SdpTransportReader.ReadFirstSsrc(audio),
        };
        return (answer, negotiated);
    }

    private static int FindAudio(SdpMessage offer)
    {
        var index = -1;
        for (var i = 0; i < offer.Media.Count; i++)
        {
            if (offer.Media[i].Media == "audio")
            {
                if (!offer.Media[i].IsRejected)
                {
                    return i;
                }

                index = i;
            }
        }

        throw index >= 0
            ? new SdpNegotiationException(SdpNegotiationFailure.AudioRejected,
                "The offer's audio section has port 0 (disabled); there is nothing to answer.", offer.Media[index].Line)
            : new SdpNegotiationException(SdpNegotiationFailure.NoAudioMedia, "The offer has no m=audio section.");
    }

    /// <summary>
    /// RFC 5763 §5 / RFC 8842 §5.3: the answerer is passive (DTLS server) unless the offerer chose
    /// passive. An absent a=setup means active (RFC 4145 §4).
    /// </summary>
    private static (DtlsRole Role, string Setup) ChooseRole(SdpMessage offer, SdpMediaDescription audio)
    {
        var setup = SdpTransportReader.ReadSetup(offer, audio);
        return (setup?.Value ?? "active") switch
        {
            "actpass" or "active" => (DtlsRole.Server, "passive"),
            "passive" => (DtlsRole.Client, "active"),
            var other => throw new SdpNegotiationException(SdpNegotiationFailure.UnsupportedSetupRole,
                $"a=setup:{other} is not supported; expected actpass, active or passive (RFC 4145 §4).", setup!.Line),
        };
    }

    private static (AudioCodec Codec, SdpRtpMap Map, string? Fmtp) ChooseCodec(SdpMediaDescription audio, IReadOnlyList<AudioCodec> preference)
    {
        var offered = OfferedCodecs(audio).ToList();
        foreach (var wanted in preference)
        {
            foreach (var (codec, map) in offered)
            {
                if (codec == wanted)
                {
                    return (codec, map, audio.GetFormatParameters(map.PayloadType));
                }
            }
        }

        var names = audio.RtpMaps.Select(m => $"{m.EncodingName}/{m.ClockRate}").Distinct().ToList();
        throw new SdpNegotiationException(SdpNegotiationFailure.NoCommonCodec,
            $"No common audio codec: the offer has [{string.Join(", ", names)}], this endpoint accepts [{string.Join(", ", preference.Select(c => $"{c.SdpName()}/{c.ClockRate()}"))}].",
            audio.Line);
    }

    /// <summary>Codecs in m= line order; static PT 0/8 count without an rtpmap (RFC 3551 §6).</summary>
    internal static IEnumerable<(AudioCodec Codec, SdpRtpMap Map)> OfferedCodecs(SdpMediaDescription audio)
    {
        var maps = audio.RtpMaps.GroupBy(m => m.PayloadType).ToDictionary(g => g.Key, g => g.First());
        foreach (var format in audio.Formats)
        {
            if (!SdpRtpMap.TryPayloadType(format, out var pt))
            {
                continue;
            }

            var map = maps.GetValueOrDefault(pt) ?? pt switch
            {
                0 => new SdpRtpMap(0, "PCMU", 8000),
                8 => new SdpRtpMap(8, "PCMA", 8000),
                _ => null,
            };
            if (map is not null && AudioCodecInfo.FromSdp(map.EncodingName, map.ClockRate) is { } codec)
            {
                yield return (codec, map);
            }
        }
    }

    /// <summary>JSEP RFC 8829 §5.3.1: a rejected section keeps its media type, proto and mid, port 0.</summary>
    private static SdpMediaDescription Rejected(SdpMediaDescription offered)
    {
        var attributes = new List<SdpAttribute>();
        if (offered.Mid is { } mid)
        {
            attributes.Add(new SdpAttribute("mid", mid));
        }

        return new SdpMediaDescription
        {
            Media = offered.Media,
            Port = 0,
            Protocol = offered.Protocol,
            Formats = offered.Formats.Count > 0 ? [offered.Formats[0]] : ["0"],
            Connection = new SdpConnection("IN", "IP4", "0.0.0.0"),
            Attributes = attributes,
        };
    }
}
