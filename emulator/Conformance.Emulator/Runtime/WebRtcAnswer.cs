namespace Conformance.Emulator.Runtime;

/// <summary>The outcome of answering an offer: the answer SDP and the live leg, or a typed failure.</summary>
public sealed record WebRtcAnswer(string? AnswerSdp, IWebRtcLeg? Leg, WebRtcNegotiationFailure? Failure, string? FailureMessage)
{
    public bool Succeeded => Failure is null && AnswerSdp is not null && Leg is not null;

    public static WebRtcAnswer Fail(WebRtcNegotiationFailure failure, string message) => new(null, null, failure, message);
}
