
namespace Conformance.Streams.Plivo;

/// <summary>
/// Builds the messages Plivo sends, with its counters: numeric <c>sequenceNumber</c> 1 on
/// <c>start</c> and counting every message after it (including <c>playedStream</c> and
/// <c>clearedAudio</c>); numeric <c>chunk</c> per track from 1; <c>timestamp</c> = the stream's
/// start instant (epoch ms, injected) + the ms of that track's audio before the chunk.
/// </summary>
public sealed class PlivoProviderSequencer
{
    private readonly Dictionary<string, (long Chunks, long Bytes)> _tracks = new(StringComparer.Ordinal);
    private long _sequence;

    public PlivoProviderSequencer(string streamId, string callId, string accountId, StreamAudioFormat format, long streamStartEpochMs, string? extraHeaders = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        StreamId = streamId;
        CallId = callId;
        AccountId = accountId;
        Format = format;
        StreamStartEpochMs = streamStartEpochMs;
        ExtraHeaders = extraHeaders;
    }

    public string StreamId { get; }

    public string CallId { get; }

    public string AccountId { get; }

    public StreamAudioFormat Format { get; }

    public long StreamStartEpochMs { get; }

    public string? ExtraHeaders { get; }

    public bool Started => _sequence > 0;

    public PlivoStart Start()
    {
        if (Started)
        {
            throw new InvalidOperationException("start was already sent on this stream.");
        }

        return new PlivoStart(++_sequence, CallId, StreamId, AccountId, ["inbound"], PlivoMediaFormat.From(Format), ExtraHeaders);
    }

    public PlivoMedia Media(ReadOnlyMemory<byte> payload, string track = "inbound", long? timestampEpochMs = null)
    {
        var sequence = Next();
        _tracks.TryGetValue(track, out var state);
        var chunk = state.Chunks + 1;
        var timestamp = timestampEpochMs ?? StreamStartEpochMs + (state.Bytes / Format.BytesPerMillisecond);
        _tracks[track] = (chunk, state.Bytes + payload.Length);
        return new PlivoMedia(sequence, StreamId, track, timestamp, chunk, payload, ExtraHeaders);
    }

    public PlivoDtmf Dtmf(string digit, long timestampEpochMs) => new(Next(), StreamId, "inbound", digit, timestampEpochMs, ExtraHeaders);

    public PlivoCheckpointPlayed CheckpointPlayed(string name) => new(Next(), StreamId, name);

    public PlivoClearedAudio ClearedAudio() => new(Next(), StreamId);

    public PlivoStop Stop() => new(Next(), StreamId);

    private long Next() => Started
        ? ++_sequence
        : throw new InvalidOperationException("Plivo sends start before any other numbered message.");
}
