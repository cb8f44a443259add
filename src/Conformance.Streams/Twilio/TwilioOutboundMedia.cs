namespace Conformance.Streams.Twilio;

/// <summary><c>media</c>: raw µ-law 8 kHz of any length, buffered and played in order.</summary>
public sealed record TwilioOutboundMedia(string StreamSid, ReadOnlyMemory<byte> Payload) : TwilioAgentMessage(StreamSid);
