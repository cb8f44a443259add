using System.Text.Json.Nodes;

namespace Conformance.Emulator.Journal;

/// <summary>
/// The append-only journal of one call: every HTTP exchange the REST layer served for it and
/// every event the runtime appends (STYLE.md Do 8). Thread-safe; bounded so a runaway call
/// cannot exhaust memory (the last entry then says the journal was truncated).
/// </summary>
public sealed class CallJournal
{
    public const int MaxEntries = 200_000;

    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly List<JournalEntry> _entries = [];
    private long _sequence;
    private bool _truncated;

    public CallJournal(string callId, TimeProvider clock)
    {
        CallId = callId;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    public string CallId { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public JournalEntry? Append(string kind, string source, JsonObject data, double? mediaTimeMs = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(data);
        lock (_gate)
        {
            if (_truncated)
            {
                return null;
            }

            if (_entries.Count >= MaxEntries - 1)
            {
                _truncated = true;
                var marker = new JournalEntry(++_sequence, _clock.GetUtcNow(), "journal.truncated", "emulator", null, new JsonObject { ["max_entries"] = MaxEntries });
                _entries.Add(marker);
                return null;
            }

            var entry = new JournalEntry(++_sequence, _clock.GetUtcNow(), kind, source, mediaTimeMs, data);
            _entries.Add(entry);
            return entry;
        }
    }

    public IReadOnlyList<JournalEntry> Read(JournalQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            return _entries.Where(query.Matches).Take(Math.Max(0, query.Limit)).ToArray();
        }
    }

    /// <summary>Moves another journal's entries in (call merge), re-sequenced, keeping their times.</summary>
    public void Absorb(CallJournal other)
    {
        ArgumentNullException.ThrowIfNull(other);
        JournalEntry[] moved;
        lock (other._gate)
        {
            moved = [.. other._entries];
        }

        lock (_gate)
        {
            foreach (var entry in moved)
            {
                var data = (JsonObject)entry.Data.DeepClone();
                data["merged_from"] = other.CallId;
                _entries.Add(entry with { Sequence = ++_sequence, Data = data });
            }

            _entries.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Sequence.CompareTo(b.Sequence));
            for (var i = 0; i < _entries.Count; i++)
            {
                _entries[i] = _entries[i] with { Sequence = i + 1 };
            }

            _sequence = _entries.Count;
        }
    }
}
