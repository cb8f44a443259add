namespace Conformance.Streams.Twilio;

/// <summary><c>stop</c>: the stream stopped or the call ended; the socket closes after it.</summary>
public sealed record TwilioStop(long SequenceNumber, string StreamSid, string AccountSid, string CallSid) : TwilioProviderMessage;
