namespace Conformance.Harness.Reporting;

/// <summary>What an instant on the timeline was (turn-semantics §1–§5 and the media-stream protocols).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TimelineEnumConverter<TimelineEventKind>))]
public enum TimelineEventKind
{
    Connected,
    MediaStart,
    MediaStop,
    CodecNegotiated,
    SpeechStarted,
    SpeechStopped,
    Commit,
    Backchannel,
    BargeIn,
    Cut,
    Clear,
    Mark,
    MarkPlayed,
    Truncate,
    CallEnded,
    Other,
}
