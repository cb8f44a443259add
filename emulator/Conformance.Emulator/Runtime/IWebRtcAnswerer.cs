namespace Conformance.Emulator.Runtime;

/// <summary>Answers a caller's SDP offer with a real answer (Conformance.Rtc <c>PeerConnection</c> as answerer).</summary>
public interface IWebRtcAnswerer
{
    bool IsAvailable { get; }

    ValueTask<WebRtcAnswer> AnswerAsync(string offerSdp, CancellationToken cancellationToken);
}
