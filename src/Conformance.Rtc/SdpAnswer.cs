namespace Conformance.Rtc;

/// <summary>The answer text to return to the offerer, and what it settled.</summary>
public sealed record SdpAnswer(string Sdp, NegotiatedAudio Negotiated);
