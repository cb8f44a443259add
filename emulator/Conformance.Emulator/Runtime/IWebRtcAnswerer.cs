using Conformance.Emulator.State;

namespace Conformance.Emulator.Runtime;

/// <summary>Answers a caller's SDP offer with a real answer (Conformance.Rtc <c>PeerConnection</c> as answerer).</summary>
public interface IWebRtcAnswerer
{
    bool IsAvailable { get; }

    ValueTask<WebRtcAnswer> AnswerAsync(string offerSdp, CancellationToken cancellationToken);

    /// <summary>Answers for a call of <paramref name="surface"/> in <paramref name="tenantId"/>, so that answer-time deviations (RUN-052) can apply.</summary>
    ValueTask<WebRtcAnswer> AnswerAsync(string offerSdp, Surface surface, string tenantId, CancellationToken cancellationToken) =>
        AnswerAsync(offerSdp, cancellationToken);
}
