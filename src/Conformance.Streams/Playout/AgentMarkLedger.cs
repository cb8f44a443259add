using System.Globalization;

namespace Conformance.Streams.Playout;

/// <summary>
/// The agent side's book of marks on a media stream: it names each mark after the stream position
/// it follows and a playback generation, and turns echoes into the played position — "up to the
/// last mark echoed as played" (turn-semantics.md §3). Each clear bumps the generation, so echoes
/// that the clear itself caused are not mistaken for playback (media-protocols.md §7.2 pitfall 3;
/// the openai-agents-js approach).
/// <para>
/// Mark names: <c>{prefix}{generation}:{position}</c>, e.g. <c>a0:16000</c> (<c>~2</c>, <c>~3</c>… appended
/// when several marks follow the same position). Positions are agent
/// samples sent on the stream (the caller maps them to clip positions).
/// </para>
/// </summary>
public sealed class AgentMarkLedger
{
    private readonly string _prefix;
    private readonly Dictionary<string, (long Position, int Generation, string? Label)> _pending = new(StringComparer.Ordinal);

    public AgentMarkLedger(string prefix = "a")
    {
        ArgumentNullException.ThrowIfNull(prefix);
        _prefix = prefix;
    }

    public int Generation { get; private set; }

    /// <summary>Stream position up to which the caller has demonstrably heard the audio (last played mark).</summary>
    public long PlayedPosition { get; private set; }

    public int PendingCount => _pending.Count;

    /// <summary>The name for a mark placed after the agent's audio up to <paramref name="streamPosition"/>.</summary>
    public string Next(long streamPosition, string? label = null)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{_prefix}{Generation}:{streamPosition}");
        for (var n = 2; _pending.ContainsKey(name); n++)
        {
            // Two marks with no audio between them: keep both distinguishable.
            name = string.Create(CultureInfo.InvariantCulture, $"{_prefix}{Generation}:{streamPosition}~{n}");
        }

        _pending[name] = (streamPosition, Generation, label);
        return name;
    }

    /// <summary>Reads an echoed mark; a played mark moves <see cref="PlayedPosition"/> forward.</summary>
    public MarkEcho OnEcho(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_pending.Remove(name, out var mark))
        {
            return new MarkEcho(MarkAcknowledgement.Unknown, -1, null);
        }

        if (mark.Generation != Generation)
        {
            return new MarkEcho(MarkAcknowledgement.Flushed, mark.Position, mark.Label);
        }

        PlayedPosition = Math.Max(PlayedPosition, mark.Position);
        return new MarkEcho(MarkAcknowledgement.Played, mark.Position, mark.Label);
    }

    /// <summary>
    /// Call when the agent sends clear: marks sent so far will come back unplayed. When the provider
    /// does not echo them (<see cref="PendingMarksOnClear.Discard"/>, e.g. Plivo by default) they are
    /// forgotten at once.
    /// </summary>
    public void OnClearSent(PendingMarksOnClear providerBehaviour = PendingMarksOnClear.Echo)
    {
        Generation++;
        if (providerBehaviour == PendingMarksOnClear.Discard)
        {
            _pending.Clear();
        }
    }
}
