namespace Conformance.Streams.Telnyx;

/// <summary><c>dtmf</c>: <c>occurred_at</c> is an ISO 8601 UTC instant, kept as sent.</summary>
public sealed record TelnyxDtmf(long SequenceNumber, string StreamId, string Digit, string? OccurredAt) : TelnyxProviderMessage;
