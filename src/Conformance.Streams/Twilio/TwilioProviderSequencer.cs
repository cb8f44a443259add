namespace Conformance.Streams.Twilio;

/// <summary>
/// Builds the messages Twilio sends, with its counters (media-protocols.md §1.2): <c>connected</c>
/// carries none; <c>sequenceNumber</c> is 1 on <c>start</c> and counts every message after it;
/// <c>chunk</c> counts per track from 1; <c>timestamp</c> is the ms of that track's audio sent
/// before the chunk (8 µ-law bytes per ms), unless the caller overrides it to inject gaps.
/// Clock-free: the harness decides when each message goes.
/// </summary>
public sealed class TwilioProviderSequencer
{
    private const int BytesPerMs = 8;
    private readonly Dictionary<string, (long Chunks, long Bytes)> _tracks = new(StringComparer.Ordinal);
    private long _sequence;

    public TwilioProviderSequencer(string streamSid, string accountSid, string callSid)
    {
        StreamSid = streamSid;
        AccountSid = accountSid;
        CallSid = callSid;
    }

    public string StreamSid { get; }

    public string AccountSid { get; }

    public string CallSid { get; }

    public bool Started => _sequence > 0;

    public static TwilioConnected Connected() => new();

    public TwilioStart Start(IReadOnlyDictionary<string, string>? customParameters = null, IReadOnlyList<string>? tracks = null)
    {
        if (Started)
        {
            throw new InvalidOperationException("start was already sent on this stream.");
        }

        return new TwilioStart(++_sequence, StreamSid, AccountSid, CallSid, tracks ?? ["inbound"], TwilioMediaFormat.Default,
            customParameters ?? new Dictionary<string, string>());
    }

    /// <param name="timestampMs">Overrides the computed timestamp (gap or jitter injection); counters still advance.</param>
    public TwilioMedia Media(ReadOnlyMemory<byte> muLaw, string track = "inbound", long? timestampMs = null)
    {
        var sequence = Next();
        _tracks.TryGetValue(track, out var state);
        var chunk = state.Chunks + 1;
        var timestamp = timestampMs ?? state.Bytes / BytesPerMs;
        _tracks[track] = (chunk, state.Bytes + muLaw.Length);
        return new TwilioMedia(sequence, StreamSid, track, chunk, timestamp, muLaw);
    }

    public TwilioDtmf Dtmf(string digit) => new(Next(), StreamSid, "inbound_track", digit);

    public TwilioMarkEcho MarkEcho(string name) => new(Next(), StreamSid, name);

    public TwilioStop Stop() => new(Next(), StreamSid, AccountSid, CallSid);

    private long Next() => Started
        ? ++_sequence
        : throw new InvalidOperationException("Twilio sends start before any other numbered message.");
}
