namespace Conformance.Streams.Playout;

/// <summary>
/// Why a provider echoed a mark. On the wire all three look the same (media-protocols.md §1.4:
/// "an echoed mark does not prove playback"); the model knows the difference.
/// </summary>
public enum MarkEchoReason
{
    /// <summary>The playout cursor passed the mark's position.</summary>
    Played,

    /// <summary>Nothing was queued when the mark arrived, so it came straight back.</summary>
    NothingQueued,

    /// <summary>A clear flushed the audio before it; the mark was echoed without being played.</summary>
    Cleared,
}
