namespace Conformance.Streams.Twilio;

/// <summary>
/// <c>mark</c> echoed back: the audio before the agent's mark of this name finished playing, or
/// the agent sent <c>clear</c> while it was pending (the two look identical on the wire).
/// </summary>
public sealed record TwilioMarkEcho(long SequenceNumber, string StreamSid, string Name) : TwilioProviderMessage;
