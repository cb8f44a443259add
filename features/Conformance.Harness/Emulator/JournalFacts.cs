namespace Conformance.Harness.Emulator;

/// <summary>
/// The media facts of one emulator call's journal (specs/runtime.md §6): VAD edges, commits,
/// barge-ins and clip starts, finishes and cuts, each at its media time on the call's timeline
/// (ms since the media epoch — when the caller's leg came up, where the harness's stream timeline
/// starts too). What the emulator decided; the harness measures independently and compares.
/// </summary>
public sealed class JournalFacts(IReadOnlyList<JournalRecord> entries)
{
    public IReadOnlyList<JournalRecord> Entries { get; } = entries ?? throw new ArgumentNullException(nameof(entries));

    public IEnumerable<JournalRecord> Of(string kind) => Entries.Where(e => e.Kind == kind && e.MediaTimeMs is not null);

    /// <summary>The first entry of a kind at or after <paramref name="fromMs"/> (media time), optionally matching.</summary>
    public JournalRecord? First(string kind, double fromMs, Func<JournalRecord, bool>? where = null) =>
        Of(kind).Where(e => e.MediaTimeMs >= fromMs && (where?.Invoke(e) ?? true)).OrderBy(e => e.MediaTimeMs).FirstOrDefault();

    /// <summary>The last entry of a kind at or before <paramref name="toMs"/>, optionally matching.</summary>
    public JournalRecord? Last(string kind, double toMs, Func<JournalRecord, bool>? where = null) =>
        Of(kind).Where(e => e.MediaTimeMs <= toMs && (where?.Invoke(e) ?? true)).OrderBy(e => e.MediaTimeMs).LastOrDefault();

    /// <summary>A journal entry the comparison needs is missing: on an emulator target that is a failure, never a skip.</summary>
    public JournalRecord Require(JournalRecord? entry, string what) =>
        entry ?? throw new HarnessAssertionException(
            $"The emulator's journal has no {what} ({Entries.Count} entries; media kinds: {string.Join(", ", Entries.Select(e => e.Kind).Distinct().Where(k => k.StartsWith("media.", StringComparison.Ordinal)))}).");
}
