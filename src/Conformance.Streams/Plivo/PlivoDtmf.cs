namespace Conformance.Streams.Plivo;

/// <summary><c>dtmf</c>: a digit with its epoch-ms timestamp.</summary>
public sealed record PlivoDtmf(
    long SequenceNumber,
    string StreamId,
    string Track,
    string Digit,
    long TimestampEpochMs,
    string? ExtraHeaders = null) : PlivoProviderMessage;
