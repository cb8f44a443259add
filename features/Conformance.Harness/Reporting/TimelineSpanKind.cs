namespace Conformance.Harness.Reporting;

/// <summary>
/// What a shaded span on the timeline stands for. Ground truth and what the harness observed are
/// kept apart from what the emulator's journal says, so the plot shows both side by side.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TimelineEnumConverter<TimelineSpanKind>))]
public enum TimelineSpanKind
{
    /// <summary>A speech segment of the fixture's manifest (ground truth), placed at its send time.</summary>
    CallerSpeechTruth,

    /// <summary>Caller audio the harness actually sent (first to last frame).</summary>
    CallerSpeechSent,

    /// <summary>An utterance as the emulator's VAD journaled it.</summary>
    CallerSpeechJournal,

    /// <summary>Agent audio that arrived at the harness (packets or media messages).</summary>
    AgentAudioReceived,

    /// <summary>Agent audio the caller heard (the simulated provider's playout, or arrival for RTP).</summary>
    AgentAudioHeard,

    /// <summary>An agent clip as the emulator's journal has it (start to stop or cut).</summary>
    AgentAudioJournal,

    Other,
}
