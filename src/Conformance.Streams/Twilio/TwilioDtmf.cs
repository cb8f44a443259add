namespace Conformance.Streams.Twilio;

/// <summary><c>dtmf</c>: a digit the caller pressed (track <c>inbound_track</c>).</summary>
public sealed record TwilioDtmf(long SequenceNumber, string StreamSid, string Track, string Digit) : TwilioProviderMessage;
