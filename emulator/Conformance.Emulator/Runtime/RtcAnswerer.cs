using System.Net;
using System.Net.Sockets;
using Conformance.Emulator.Calls.Deviations;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.State;
using Conformance.Rtc;
using Conformance.Rtc.Sdp;

namespace Conformance.Emulator.Runtime;

/// <summary>
/// Real SDP answers: one Conformance.Rtc <see cref="PeerConnection"/> per offer, answering as
/// ICE-lite with DTLS-SRTP on its own loopback UDP port. Negotiation failures come back typed
/// (each surface maps them to its 400); only running out of sockets is a 503.
/// </summary>
public sealed class RtcAnswerer : IWebRtcAnswerer
{
    private readonly TimeProvider _time;
    private readonly IPAddress _bindAddress;
    private readonly DeviationRegistry? _deviations;

    public RtcAnswerer(LeaseClock clock, DeviationRegistry deviations)
        : this(clock?.Inner ?? throw new ArgumentNullException(nameof(clock)), IPAddress.Loopback, deviations)
    {
    }

    public RtcAnswerer(TimeProvider time, IPAddress bindAddress, DeviationRegistry? deviations = null)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _bindAddress = bindAddress ?? throw new ArgumentNullException(nameof(bindAddress));
        _deviations = deviations;
    }

    public bool IsAvailable => true;

    public ValueTask<WebRtcAnswer> AnswerAsync(string offerSdp, CancellationToken cancellationToken) =>
        AnswerCoreAsync(offerSdp, new AnswerOptions(), lie: false, cancellationToken);

    /// <summary>
    /// RUN-052, unless deviation <c>media.wrong_codec</c> covers the surface and tenant (and names
    /// no single call: the call does not exist yet): <c>pcmu</c>, <c>pcma</c> or <c>opus</c> goes
    /// first in the preference whatever the offer's order; <c>unoffered</c> answers the negotiated
    /// payload type under a codec name the offer does not carry.
    /// </summary>
    public ValueTask<WebRtcAnswer> AnswerAsync(string offerSdp, Surface surface, string tenantId, CancellationToken cancellationToken)
    {
        var wrong = _deviations?.Find(MediaDeviations.WrongCodec, surface, tenantId);
        if (wrong is null || wrong.GetString(MediaDeviations.CallParameter) is not null)
        {
            return AnswerAsync(offerSdp, cancellationToken);
        }

        var codec = wrong.GetString("codec")?.ToLowerInvariant();
        AudioCodec? first = codec switch
        {
            "pcmu" => AudioCodec.Pcmu,
            "pcma" => AudioCodec.Pcma,
            "opus" => AudioCodec.Opus,
            _ => null,
        };
        var preference = first is { } f ? [f, .. new AnswerOptions().CodecPreference.Where(c => c != f)] : new AnswerOptions().CodecPreference;
        return AnswerCoreAsync(offerSdp, new AnswerOptions { CodecPreference = preference }, lie: codec == "unoffered", cancellationToken);
    }

    private async ValueTask<WebRtcAnswer> AnswerCoreAsync(string offerSdp, AnswerOptions options, bool lie, CancellationToken cancellationToken)
    {
        PeerConnection connection;
        try
        {
            connection = new PeerConnection(new PeerConnectionOptions { BindAddress = _bindAddress, Answer = options }, _time);
        }
        catch (SocketException e)
        {
            return WebRtcAnswer.Fail(WebRtcNegotiationFailure.Unavailable, $"no UDP port for the media leg: {e.Message}");
        }

        try
        {
            var answer = await connection.CreateAnswerAsync(offerSdp, cancellationToken);
            var sdp = lie ? UnofferedCodec.Rewrite(answer.Sdp, offerSdp, answer.Negotiated.PayloadType) : answer.Sdp;
            return new WebRtcAnswer(sdp, new RtcLeg(connection, answer.Negotiated), null, null);
        }
        catch (SdpNegotiationException e)
        {
            await connection.DisposeAsync();
            return WebRtcAnswer.Fail(Map(e.Failure), e.Message);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static WebRtcNegotiationFailure Map(SdpNegotiationFailure failure) => failure switch
    {
        SdpNegotiationFailure.MalformedSdp => WebRtcNegotiationFailure.MalformedOffer,
        SdpNegotiationFailure.NoAudioMedia or SdpNegotiationFailure.AudioRejected => WebRtcNegotiationFailure.NoAudio,
        SdpNegotiationFailure.NoCommonCodec => WebRtcNegotiationFailure.NoCommonCodec,
        SdpNegotiationFailure.MissingIceCredentials or SdpNegotiationFailure.InvalidIceCredentials => WebRtcNegotiationFailure.MissingIceCredentials,
        SdpNegotiationFailure.MissingFingerprint or SdpNegotiationFailure.UnsupportedFingerprintAlgorithm => WebRtcNegotiationFailure.MissingFingerprint,
        SdpNegotiationFailure.UnsupportedSetupRole => WebRtcNegotiationFailure.UnsupportedSetupRole,
        _ => WebRtcNegotiationFailure.Other,
    };
}
