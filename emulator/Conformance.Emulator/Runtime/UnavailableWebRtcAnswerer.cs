namespace Conformance.Emulator.Runtime;

/// <summary>The answerer of a build without a WebRTC stack: it answers nothing and says why (503 on every surface).</summary>
public sealed class UnavailableWebRtcAnswerer : IWebRtcAnswerer
{
    public bool IsAvailable => false;

    public ValueTask<WebRtcAnswer> AnswerAsync(string offerSdp, CancellationToken cancellationToken) =>
        ValueTask.FromResult(WebRtcAnswer.Fail(WebRtcNegotiationFailure.Unavailable, "this emulator build has no WebRTC stack (Conformance.Rtc): SDP offers cannot be answered"));
}
