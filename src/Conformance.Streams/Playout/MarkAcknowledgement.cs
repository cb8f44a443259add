namespace Conformance.Streams.Playout;

/// <summary>How the agent reads one echoed mark.</summary>
public enum MarkAcknowledgement
{
    /// <summary>A mark of the current playback generation: the audio before it was played.</summary>
    Played,

    /// <summary>A mark sent before the last clear: echoed because of the clear, not played.</summary>
    Flushed,

    /// <summary>A name this agent never sent (or already acknowledged).</summary>
    Unknown,
}
