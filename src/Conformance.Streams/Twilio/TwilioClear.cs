namespace Conformance.Streams.Twilio;

/// <summary><c>clear</c>: drop the buffered audio; pending marks are echoed.</summary>
public sealed record TwilioClear(string StreamSid) : TwilioAgentMessage(StreamSid);
