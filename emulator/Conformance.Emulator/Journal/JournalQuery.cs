namespace Conformance.Emulator.Journal;

/// <summary>
/// Filters for reading a journal: kind by exact name or dotted prefix (<c>media.</c> matches
/// every media entry), source, entries after a sequence number, and a page size.
/// </summary>
public sealed record JournalQuery
{
    public IReadOnlyList<string> Kinds { get; init; } = [];

    public string? Source { get; init; }

    public long AfterSequence { get; init; }

    public int Limit { get; init; } = 1000;

    public bool Matches(JournalEntry entry)
    {
        if (entry.Sequence <= AfterSequence)
        {
            return false;
        }

        if (Source is not null && !string.Equals(entry.Source, Source, StringComparison.Ordinal))
        {
            return false;
        }

        return Kinds.Count == 0 || Kinds.Any(k => k.EndsWith('.')
            ? entry.Kind.StartsWith(k, StringComparison.Ordinal)
            : string.Equals(entry.Kind, k, StringComparison.Ordinal));
    }
}
