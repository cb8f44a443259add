namespace Conformance.Streams.Plivo;

/// <summary><c>start</c>: <c>sequenceNumber</c> 1; ids inside <c>start</c>; <c>extra_headers</c> from the XML.</summary>
public sealed record PlivoStart(
    long SequenceNumber,
    string CallId,
    string StreamId,
    string AccountId,
    IReadOnlyList<string> Tracks,
    PlivoMediaFormat MediaFormat,
    string? ExtraHeaders = null) : PlivoProviderMessage;
