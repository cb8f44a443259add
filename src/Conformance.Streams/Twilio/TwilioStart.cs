namespace Conformance.Streams.Twilio;

/// <summary><c>start</c>: <c>sequenceNumber</c> is 1; the stream's metadata and custom parameters.</summary>
public sealed record TwilioStart(
    long SequenceNumber,
    string StreamSid,
    string AccountSid,
    string CallSid,
    IReadOnlyList<string> Tracks,
    TwilioMediaFormat MediaFormat,
    IReadOnlyDictionary<string, string> CustomParameters) : TwilioProviderMessage;
