namespace Conformance.Streams.Twilio;

/// <summary><c>connected</c>: the first message; no <c>sequenceNumber</c>, no <c>streamSid</c>.</summary>
public sealed record TwilioConnected(string Protocol = "Call", string Version = "1.0.0") : TwilioProviderMessage;
