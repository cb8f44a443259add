using System.Globalization;

namespace Conformance.Streams.Telnyx;

/// <summary>
/// Builds the messages Telnyx sends, with its counters: <c>sequence_number</c> 1 on <c>start</c>
/// and counting every numbered message after it; <c>chunk</c> per track from 1; <c>timestamp</c>
/// the ms of that track's audio before the chunk (Telnyx leaves its meaning undocumented; this is
/// Twilio's). <c>occurred_at</c> comes from a wall-clock value the caller passes in.
/// </summary>
public sealed class TelnyxProviderSequencer
{
    private readonly Dictionary<string, (long Chunks, long Bytes)> _tracks = new(StringComparer.Ordinal);
    private long _sequence;

    public TelnyxProviderSequencer(string streamId, string callControlId, StreamAudioFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        StreamId = streamId;
        CallControlId = callControlId;
        Format = format;
    }

    public string StreamId { get; }

    public string CallControlId { get; }

    public StreamAudioFormat Format { get; }

    public bool Started => _sequence > 0;

    public static TelnyxConnected Connected() => new();

    public TelnyxStart Start(string? userId = null, string? callSessionId = null, string? from = null, string? to = null,
        IReadOnlyList<string>? tags = null, string? clientState = null)
    {
        if (Started)
        {
            throw new InvalidOperationException("start was already sent on this stream.");
        }

        return new TelnyxStart(++_sequence, StreamId, CallControlId, TelnyxMediaFormat.From(Format), userId, callSessionId, from, to, tags, clientState);
    }

    public TelnyxMedia Media(ReadOnlyMemory<byte> payload, string track = "inbound", long? timestampMs = null)
    {
        var sequence = Next();
        _tracks.TryGetValue(track, out var state);
        var chunk = state.Chunks + 1;
        var timestamp = timestampMs ?? state.Bytes / Format.BytesPerMillisecond;
        _tracks[track] = (chunk, state.Bytes + payload.Length);
        return new TelnyxMedia(sequence, StreamId, track, chunk, timestamp, payload);
    }

    public TelnyxDtmf Dtmf(string digit, DateTimeOffset occurredAt) =>
        new(Next(), StreamId, digit, occurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));

    public TelnyxMarkEcho MarkEcho(string name) => new(Next(), StreamId, name);

    public TelnyxError Error(StreamViolation violation) => TelnyxError.From(violation, StreamId);

    public TelnyxStop Stop(string? userId = null) => new(Next(), StreamId, CallControlId, userId);

    private long Next() => Started
        ? ++_sequence
        : throw new InvalidOperationException("Telnyx sends start before any other numbered message.");
}
