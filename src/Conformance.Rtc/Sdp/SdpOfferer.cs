using System.Globalization;
using Conformance.Rtc.Dtls;

namespace Conformance.Rtc.Sdp;

/// <summary>
/// Writes an audio-only offer (JSEP RFC 8829 §5.2) with a=setup:actpass and one host candidate,
/// and reads the answer to it (RFC 3264 §7). Pure: the caller supplies the transport facts.
/// </summary>
public static class SdpOfferer
{
    private const string Mid = "0";

    public static SdpMessage CreateOffer(OfferOptions options, SdpLocalParameters local)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(local);
        if (options.Codecs.Count == 0)
        {
            throw new ArgumentException("Offer at least one codec.", nameof(options));
        }

        var codecs = new List<(SdpRtpMap, string?)>();
        foreach (var codec in options.Codecs.Distinct())
        {
            codecs.Add((new SdpRtpMap(codec.DefaultPayloadType(), codec.SdpName(), codec.ClockRate(), codec.SdpChannels()),
                codec == AudioCodec.Opus ? "minptime=10;useinbandfec=1" : null));
        }

        if (options.TelephoneEvent)
        {
            // Browsers' numbers: 110 at 48 kHz (Opus), 126 at 8 kHz (G.711); RFC 4733 §2.1 wants the codec's clock.
            foreach (var rate in options.Codecs.Select(c => c.ClockRate()).Distinct().OrderDescending())
            {
                codecs.Add((new SdpRtpMap(rate == 48000 ? 110 : 126, "telephone-event", rate), "0-15"));
            }
        }

        return new SdpMessage
        {
            Origin = SdpAudioSection.Origin(local, 1),
            Attributes = [new("group", $"BUNDLE {Mid}"), new("msid-semantic", $" WMS {local.StreamId}")],
            Media = [SdpAudioSection.Build(local, Mid, "actpass", options.Direction, codecs)],
        };
    }

    public static NegotiatedAudio ApplyAnswer(SdpMessage offer, string answerSdp)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (!SdpMessage.TryParse(answerSdp, out var answer, out var errors))
        {
            throw SdpNegotiationException.Malformed(errors);
        }

        return ApplyAnswer(offer, answer);
    }

    public static NegotiatedAudio ApplyAnswer(SdpMessage offer, SdpMessage answer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Media.Count != offer.Media.Count)
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.AnswerMismatch,
                $"The answer has {answer.Media.Count} m= sections; the offer had {offer.Media.Count} (RFC 3264 §6).");
        }

        var offered = offer.Media[0];
        var audio = answer.Media[0];
        if (audio.Media != "audio")
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.AnswerMismatch, $"The answer's first section is '{audio.Media}', not audio.", audio.Line);
        }

        if (audio.IsRejected)
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.AudioRejected, "The answer rejected the audio section (port 0).", audio.Line);
        }

        if (!SdpTransportReader.IsDtlsSrtpProtocol(audio.Protocol))
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.UnsupportedTransport, $"Answer transport '{audio.Protocol}' is not DTLS-SRTP.", audio.Line);
        }

        var remoteIce = SdpTransportReader.ReadIce(answer, audio);
        var fingerprint = SdpTransportReader.ReadFingerprint(answer, audio);
        SdpTransportReader.RequireRtcpMux(answer, audio);
        var setup = SdpTransportReader.ReadSetup(answer, audio);
        var role = setup?.Value switch
        {
            "active" => DtlsRole.Server,
            "passive" => DtlsRole.Client,
            _ => throw new SdpNegotiationException(SdpNegotiationFailure.UnsupportedSetupRole,
                $"An answer must say a=setup:active or passive, not '{setup?.Value ?? "(none)"}' (RFC 5763 §5).", setup?.Line ?? audio.Line),
        };

        var ours = SdpAnswerer.OfferedCodecs(offered).ToDictionary(c => c.Map.PayloadType);
        var chosen = SdpAnswerer.OfferedCodecs(audio).Where(c => ours.ContainsKey(c.Map.PayloadType) && ours[c.Map.PayloadType].Codec == c.Codec).ToList();
        if (chosen.Count == 0)
        {
            throw new SdpNegotiationException(SdpNegotiationFailure.NoCommonCodec,
                $"The answer's formats [{string.Join(' ', audio.Formats)}] contain none of the offered codecs.", audio.Line);
        }

        var (codec, map) = chosen[0];
        var telephoneEvent = audio.RtpMaps.FirstOrDefault(m =>
            string.Equals(m.EncodingName, "telephone-event", StringComparison.OrdinalIgnoreCase) && m.ClockRate == map.ClockRate
            && audio.Formats.Contains(m.PayloadType.ToString(CultureInfo.InvariantCulture)));
        var group = answer.GetAttributes("group").FirstOrDefault(a => a.Value?.StartsWith("BUNDLE", StringComparison.Ordinal) == true);
        var mid = audio.Mid ?? Mid;

        return new NegotiatedAudio
        {
            Codec = codec,
            PayloadType = map.PayloadType,
            ClockRate = map.ClockRate,
            Channels = map.Channels,
            TelephoneEventPayloadType = telephoneEvent?.PayloadType,
            RemoteFormatParameters = audio.GetFormatParameters(map.PayloadType),
            Mid = mid,
            Direction = audio.Direction.Reverse(),
            RemoteIce = remoteIce,
            RemoteIceLite = answer.GetAttribute("ice-lite") is not null,
            RemoteCandidates = SdpTransportReader.ReadCandidates(audio),
            RemoteFingerprint = fingerprint,
            LocalDtlsRole = role,
            AcceptedMids = group?.Value?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList() ?? [mid],
            RemoteSsrc = SdpTransportReader.ReadFirstSsrc(audio),
        };
    }
}
