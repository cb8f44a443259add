namespace Conformance.Streams.Telnyx;

/// <summary>
/// <c>start</c>: <c>sequence_number</c> "1"; call identifiers and the inbound media format.
/// Only <c>call_control_id</c> and <c>media_format</c> are required by this parser; the rest are
/// carried when present.
/// </summary>
public sealed record TelnyxStart(
    long SequenceNumber,
    string StreamId,
    string CallControlId,
    TelnyxMediaFormat MediaFormat,
    string? UserId = null,
    string? CallSessionId = null,
    string? From = null,
    string? To = null,
    IReadOnlyList<string>? Tags = null,
    string? ClientState = null) : TelnyxProviderMessage;
