namespace Conformance.Streams.Twilio;

/// <summary><c>mark</c>: a position in Twilio's playback queue, echoed when playback reaches it.</summary>
public sealed record TwilioOutboundMark(string StreamSid, string Name) : TwilioAgentMessage(StreamSid);
