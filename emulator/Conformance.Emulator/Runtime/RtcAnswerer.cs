using System.Net;
using System.Net.Sockets;
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

    public RtcAnswerer(LeaseClock clock)
        : this(clock?.Inner ?? throw new ArgumentNullException(nameof(clock)), IPAddress.Loopback)
    {
    }

    public RtcAnswerer(TimeProvider time, IPAddress bindAddress)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _bindAddress = bindAddress ?? throw new ArgumentNullException(nameof(bindAddress));
    }

    public bool IsAvailable => true;

    public async ValueTask<WebRtcAnswer> AnswerAsync(string offerSdp, CancellationToken cancellationToken)
    {
        PeerConnection connection;
        try
        {
            connection = new PeerConnection(new PeerConnectionOptions { BindAddress = _bindAddress }, _time);
        }
        catch (SocketException e)
        {
            return WebRtcAnswer.Fail(WebRtcNegotiationFailure.Unavailable, $"no UDP port for the media leg: {e.Message}");
        }

        try
        {
            var answer = await connection.CreateAnswerAsync(offerSdp, cancellationToken);
            return new WebRtcAnswer(answer.Sdp, new RtcLeg(connection, answer.Negotiated), null, null);
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
